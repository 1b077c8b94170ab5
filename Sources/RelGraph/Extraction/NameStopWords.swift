/// Lower-cased words that are capitalised at the start of a sentence or in headlines but never
/// part of a person's name: articles, pronouns, prepositions, days and months, in English and Spanish.
enum NameStopWords {
  static let all: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "of", "for", "from", "by", "with",
    "and", "or", "but", "as", "if", "when", "while", "after", "before", "since", "during", "under", "over",
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your",
    "there", "here", "what", "which", "who", "whom", "whose", "why", "how", "where", "not", "no", "yes",
    "according", "however", "meanwhile", "also", "both", "each", "many", "most", "some", "such", "other",
    "others", "all", "any", "beyond", "far", "perhaps", "specifically", "again", "furthermore", "moreover",
    "concurrently", "notably", "early", "later", "today", "yesterday", "tomorrow", "then", "now",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "el", "la", "los", "las", "un", "una", "en", "con", "por", "para", "sin",
    "según", "entre", "desde", "hasta", "sobre", "y", "o", "que", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "conclusion", "introduction",
    "western", "eastern", "northern", "southern", "latin", "middle", "east", "west", "north", "south",
    "islamic", "republic", "government", "state", "minister", "ministry", "president", "embassy",
    "mou", "memorandum", "treaty", "pact", "agreement", "accord", "understanding", "defense", "defence",
    "security", "council", "center", "centre", "institute", "society", "foundation", "university",
  ]
}
