# Translations: see en.ftl for the full list of keys.
