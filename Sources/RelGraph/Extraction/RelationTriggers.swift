/// Trigger words of the relation rules, in English and Spanish, lower-cased.
enum RelationTriggers {
  static let visit: Set<String> = [
    "visited", "visit", "visits", "visiting", "trip", "trips", "toured", "travelled", "traveled",
    "visitó", "visita", "visitas", "viajó", "viaje", "gira",
  ]
  static let meeting: Set<String> = [
    "met", "meet", "meets", "meeting", "talks", "exchanged", "received", "hosted", "encuentro", "reunión",
    "reunió", "reunieron", "recibió", "conversaron", "dialogó",
  ]
  static let selling: Set<String> = [
    "sold", "sells", "sell", "selling", "supplied", "supplies", "supply", "supplying", "delivered", "delivers",
    "transferred", "exported", "exports", "shipped", "vendió", "venden", "suministró", "entregó", "exportó",
  ]
  /// Verbs that move goods only when the sentence names goods: "sent weapons", not "sent a delegation".
  static let sending: Set<String> = [
    "sent", "sends", "donated", "donates", "gave", "provided", "provides", "envió", "donó", "dona", "proporcionó",
  ]
  static let buying: Set<String> = [
    "bought", "buys", "buy", "buying", "purchased", "purchase", "purchases", "acquired", "acquire", "acquiring",
    "obtaining", "obtain", "obtained", "imported", "imports", "compró", "adquirió", "adquirir", "obtener",
  ]
  static let alliance: Set<String> = [
    "ally", "allies", "alliance", "allied", "aliado", "aliados", "aliada", "alianza",
  ]
  static let cooperation: Set<String> = [
    "cooperation", "cooperate", "cooperates", "cooperated", "cooperating", "assistance", "partnership",
    "cooperación", "cooperar", "asistencia", "colaboración",
  ]
  static let support: Set<String> = [
    "supports", "supported", "backing", "backed", "backs", "endorsed", "endorses", "apoyo", "apoya",
    "apoyó", "respaldo", "respalda", "respaldó",
  ]
  static let opposition: Set<String> = [
    "condemned", "condemnation", "condemns", "condemn", "criticized", "criticised", "criticism", "criticizes",
    "denounced", "denounces", "sanctioned", "sanctions", "opposed", "opposes", "protested", "rejected",
    "condena", "condenó", "criticó", "rechazó", "denunció", "sanciones",
  ]
  /// Nouns that make a cooperation trigger when "with", "between", "con" or "entre" follows.
  static let ties: Set<String> = ["ties", "relations", "relaciones"]
  static let embassy: Set<String> = ["embassy", "embajada", "embassies"]
  /// "joined" counts only when an organization follows it.
  static let membership: Set<String> = ["member", "miembro", "joined"]
  /// Words that trigger a rule only with the word after them ("sale of", "side with", "support
  /// for", "demanded answers").
  static let withNextWord: Set<String> = ["sale", "side", "support", "demanded"]

  static let voting: Set<String> = ["voting", "voted", "vote", "votes", "votación", "votó", "votaron", "votar"]
  static let abstention: Set<String> = [
    "abstained", "abstain", "abstention", "abstentions", "abstuvieron", "abstuvo", "abstención",
  ]
}
