#!/usr/bin/env python3
"""Generates relgraph's country gazetteer and given-name lexicon from kept data packages.

Sources (PyPI): pycountry (ISO 3166-1 names, and their Spanish and Portuguese translations from
the iso-codes project), countryinfo (capitals, demonyms, alternative spellings, Spanish names;
the tables below supplement it),
gender-guesser (given names, from Jörg Michael's nam_dict, GFDL).
Run:  python3 -m venv .build-gaz && .build-gaz/bin/pip install pycountry countryinfo gender-guesser
      .build-gaz/bin/python Scripts/generate-gazetteers.py
Writes Sources/RelGraph/Data/countries.tsv and given-names.txt.
"""
import gettext
import glob
import json
import os
import re
import sys
import unicodedata

import countryinfo
import gender_guesser
import pycountry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "RelGraph", "Data")

# Languages of the lexicon files whose country names iso-codes translates.
LANGUAGES = ["es", "pt"]

# Seats of government that differ from the constitutional capital countryinfo records.
SEATS = {"BO": ["La Paz"], "NL": ["The Hague"], "ZA": ["Cape Town"], "MY": ["Putrajaya"],
         "CI": ["Abidjan"], "BJ": ["Cotonou"], "TZ": ["Dar es Salaam"], "LK": ["Colombo"],
         "CH": ["Bern"], "IL": ["Jerusalem"]}
# Abbreviations in everyday news use that ISO's two- and three-letter codes do not cover.
ABBREVIATIONS = {"US": ["U.S.", "U.S.A.", "USA", "US", "Estados Unidos", "EEUU", "EE.UU."], "AR": ["Argentine"], "RU": ["Kremlin"], "GB": ["U.K.", "UK", "Britain", "Great Britain"],
                 "AE": ["UAE", "U.A.E."], "CD": ["DRC", "DR Congo"]}

# States with limited recognition, which ISO 3166-1 leaves out but news treats as countries:
# name, code (XK is the one the EU and IMF use for Kosovo; "-" for none) and aliases.
# Source: the UN's and governments' statements summarised in Wikipedia's "List of states with
# limited recognition" (2025); Taiwan, Palestine and Western Sahara are in ISO 3166-1 already.
LIMITED_RECOGNITION = [
    ("Kosovo", "XK", ["Republic of Kosovo", "Pristina", "Kosovar", "Kosovars"]),
    ("Somaliland", "-", ["Republic of Somaliland", "Hargeisa"]),
    ("Northern Cyprus", "-", ["Turkish Republic of Northern Cyprus", "TRNC"]),
    ("Abkhazia", "-", ["Sukhumi", "Abkhaz"]),
    ("South Ossetia", "-", ["Tskhinvali"]),
    ("Transnistria", "-", ["Tiraspol", "Pridnestrovie"]),
]


def latin(text):
    return all(unicodedata.category(c)[0] in "LMPZN" and (ord(c) < 0x250 or c in "’") for c in text)


# English demonyms in everyday news use that countryinfo's one demonym per country leaves out.
DEMONYMS = {"SA": ["Saudi", "Saudis"], "AE": ["Emiratis"], "PH": ["Filipinos"],
            "AR": ["Argentinian", "Argentinians"], "EC": ["Ecuadorian", "Ecuadorians"], "KZ": ["Kazakh", "Kazakhs"],
            "UZ": ["Uzbek", "Uzbeks"], "BA": ["Bosnian", "Bosnians"], "SI": ["Slovenian", "Slovenians"],
            "NP": ["Nepali", "Nepalese"], "MV": ["Maldivian", "Maldivians"], "IS": ["Icelandic"]}


def unaccented(text):
    """`text` without its accents, if it has any and they are all that is not ASCII."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain if plain != text and len(plain) == len(unicodedata.normalize("NFC", text)) else None


def usable(alias):
    return (len(alias) > 3 or alias in sum(ABBREVIATIONS.values(), [])) and "," not in alias \
        and "(" not in alias and latin(alias) and alias[0].isupper()


def countries():
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    info = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "*.json"))):
        record = json.load(open(path, encoding="utf-8"))
        iso = (record.get("ISO") or {}).get("alpha2")
        if iso and iso not in info:
            info[iso] = record
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
                    for language in LANGUAGES]
    rows = []
    for country in pycountry.countries:
        iso = country.alpha_2
        record = info.get(iso, {})
        canonical = record.get("name") or getattr(country, "common_name", None) or country.name
        if "," in canonical or "(" in canonical:
            canonical = getattr(country, "common_name", None) or country.name.split(",")[0]
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names += record.get("altSpellings") or []
        names.append((record.get("translations") or {}).get("es"))
        names.append(record.get("nativeName"))
        names += [t.gettext(n) for t in translations for n in (country.name, getattr(country, "common_name", None)) if n]
        capitals = record.get("capital") or []
        capitals = [capitals] if isinstance(capitals, str) else capitals
        capitals = [c.replace(" D.C.", "") for c in capitals] + SEATS.get(iso, [])
        demonym = record.get("demonym") or ""
        demonyms = [demonym, demonym + "s"] if demonym.endswith("n") else [demonym]
        aliases = [n for n in names + capitals + demonyms + DEMONYMS.get(iso, []) if n and usable(n)]
        aliases += ABBREVIATIONS.get(iso, [])
        # English text often drops the accents of a capital or a name ("Brasilia", "Bogota").
        aliases += [plain for plain in map(unaccented, aliases) if plain and usable(plain)]
        aliases = sorted({a for a in aliases if a != canonical})
        rows.append((canonical, iso, aliases, record.get("population") or 0))
    rows += [(name, code, sorted(aliases), 0) for name, code, aliases in LIMITED_RECOGNITION]
    # A name shared by several countries belongs to the one that is at least ten times as populous
    # as the others ("French": France, not French Guiana); otherwise ("Congo", "Guinea") to none.
    owners = {}
    for canonical, _, aliases, population in rows:
        for a in set(aliases):
            owners.setdefault(a, []).append((population, canonical))
    def owner(alias):
        ranked = sorted(owners[alias], reverse=True)
        if len(ranked) == 1 or ranked[0][0] >= 10 * max(ranked[1][0], 1):
            return ranked[0][1]
        return None
    canonicals = {r[0] for r in rows}
    return sorted((c, iso, [a for a in al if owner(a) == c and a not in canonicals])
                  for c, iso, al, _ in rows)


def given_names():
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    names = set()
    with open(path, encoding="iso-8859-1") as handle:
        for line in handle:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if "+" in name or len(name) < 3 or not name.isalpha() or not name[0].isupper():
                continue
            names.add(name)
    return sorted(names)


def write(name, header, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as handle:
        handle.write("".join(f"# {line}\n" for line in header + ["Generated by Scripts/generate-gazetteers.py."]))
        handle.write("\n".join(lines) + "\n")


def main():
    rows = countries()
    write("countries.tsv",
          ["Every ISO 3166-1 country and the states of limited recognition ISO leaves out: canonical name,",
           "code and aliases (official and short names, Spanish name, capitals and seats of government,",
           "English demonyms), tab-separated; demonyms of other languages are in the lexicon files.",
           "Sources: pycountry, countryinfo and Scripts/generate-gazetteers.py's LIMITED_RECOGNITION."],
          [f"{c}\t{iso}\t{'|'.join(al)}" for c, iso, al in rows])
    names = given_names()
    write("given-names.txt",
          ["Given names from gender-guesser's nam_dict.txt (Jörg Michael, GNU FDL), one per line."], names)
    print(f"{len(rows)} countries, {len(names)} given names", file=sys.stderr)


if __name__ == "__main__":
    main()
