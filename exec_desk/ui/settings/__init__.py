"""The settings dialog (`dialog`), built from the declared settings (`fields`), with its key bindings page
(`keys_page`) and its sources and groups page (`sources_page`, what can be added: `source_kinds`).
"""
