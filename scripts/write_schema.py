"""Writes the JSON Schema the package ships (counsellor_app/data/schema/) from the field table.

Run from a source checkout (or an editable install), where the package data is the source.
"""

import json

from counsellor_app.paths import schema_file
from counsellor_app.services.json_schema import interchange_schema

TARGET = schema_file()

if __name__ == "__main__":
    TARGET.write_text(json.dumps(interchange_schema(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {TARGET}")
