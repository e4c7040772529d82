"""Regenerates src/moderation/detector/data/common_words.txt: the 20,000 most frequent word
forms of English, Ukrainian, Russian, Polish and Romanian, from the wordfreq package
(Robyn Speer et al., https://github.com/rspeer/wordfreq; its data is CC BY-SA 4.0, and so is
this list), less the forms that are names.

    python3 -m pip install wordfreq
    apt-get install hunspell hunspell-en-us hunspell-uk hunspell-ru hunspell-pl hunspell-ro
    python3 .ci/gen_common_words.py > src/moderation/detector/data/common_words.txt

wordfreq counts words in lower case, so its lists hold the frequent names too (Ростислав,
Ruxandra, Czesława). The Hunspell dictionaries keep case: a form the language's dictionary
accepts only capitalised ("Czesława" yes, "czesława" no) is a proper noun, and is left out.
Only the dictionaries' verdicts are used, none of their words are copied.

The detector uses the list one way only: a capitalised word at the start of a sentence that is
none of these (nor a place, nor a word ending like a common noun) is probably a name.
"""
import subprocess

import wordfreq

DICTIONARIES = {"en": "en_US", "uk": "uk_UA", "ru": "ru_RU", "pl": "pl_PL", "ro": "ro_RO"}


def rejected(words, dictionary):
    """The words Hunspell does not accept."""
    out = subprocess.run(
        ["hunspell", "-i", "utf-8", "-d", dictionary, "-l"],
        input="\n".join(words), capture_output=True, text=True, check=True,
    ).stdout
    return set(out.split())


print("# The 20,000 most frequent word forms per language, from wordfreq (CC BY-SA 4.0), less")
print("# the forms Hunspell accepts only capitalised (names); made by .ci/gen_common_words.py.")
for lang in ["en", "uk", "ru", "pl", "ro"]:
    words = [
        w for w in wordfreq.top_n_list(lang, 20000)
        if len(w) >= 3 and all(c.isalpha() or c in "'’-" for c in w)
    ]
    capitalised = [w[0].upper() + w[1:] for w in words]
    lower_rejected = rejected(words, DICTIONARIES[lang])
    capital_rejected = rejected(capitalised, DICTIONARIES[lang])
    print(f"## {lang}")
    for word, cap in zip(words, capitalised):
        if word in lower_rejected and cap not in capital_rejected:
            continue
        print(word)
