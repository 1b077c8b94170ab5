/// A place in a sentence that names an entity.
struct Mention {
  var id: EntityID
  var kind: Entity.Kind
  /// Token indices in the sentence.
  var range: Range<Int>
  /// Followed by "'s": the entity owns what follows ("Iran's embassy").
  var isPossessive = false
  /// A plural demonym: people of the country, not the country ("Iranians").
  var isPlural = false
}
