"""Writes resources/schema/exchange-notes.schema.json from the field table."""

import json
from pathlib import Path

from counsellor_app.services.json_schema import interchange_schema

TARGET = (
    Path(__file__).resolve().parent.parent / "resources" / "schema" / "exchange-notes.schema.json"
)

if __name__ == "__main__":
    TARGET.write_text(json.dumps(interchange_schema(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {TARGET}")
