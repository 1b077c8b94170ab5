import Testing

@testable import RelGraph

@Suite struct AgreementDraftTests {
  @Test("An agreement's phrase ranks by its most specific agreement word, in any case, anywhere in it")
  func agreementPhraseRank() {
    #expect(AgreementDraft.rank("defense and security MoU") == 3)
    #expect(AgreementDraft.rank("Memorando de entendimiento") == 3)
    #expect(AgreementDraft.rank("the trade pact") == 2 && AgreementDraft.rank("un convenio") == 2)
    #expect(AgreementDraft.rank("nuclear agreement") == 1 && AgreementDraft.rank("acuerdos") == 1)
    #expect(AgreementDraft.rank("deal") == 0 && AgreementDraft.rank("") == 0 && AgreementDraft.rank("mo") == 0)
  }
}
