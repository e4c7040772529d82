"""Regenerates src/moderation/detector/data/common_words.txt: the 20,000 most frequent word
forms of English, Ukrainian, Russian, Polish and Romanian, from the wordfreq package
(Robyn Speer et al., https://github.com/rspeer/wordfreq; its data is CC BY-SA 4.0, and so is
this list).

    python3 -m pip install wordfreq
    python3 .ci/gen_common_words.py > src/moderation/detector/data/common_words.txt

The detector uses it one way only: a capitalised word at the start of a sentence that is none
of these (nor a place, nor a word ending like a common noun) is probably a name.
"""
import wordfreq

print("# The 20,000 most frequent word forms per language, from wordfreq (CC BY-SA 4.0);")
print("# made by .ci/gen_common_words.py.")
for lang in ["en", "uk", "ru", "pl", "ro"]:
    print(f"## {lang}")
    for word in wordfreq.top_n_list(lang, 20000):
        if len(word) >= 3 and all(c.isalpha() or c in "'’-" for c in word):
            print(word)
