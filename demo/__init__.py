"""Demo content for the ISCN knowledge platform, loaded by `manage.py load_demo`.

The content is illustrative: real cities and programmes, with project details, people and
figures written to make the site worth exploring, not to be quoted as facts.
"""
