"""`coordreport extract` output against docs/record.schema.json."""
import json
import os
import unittest

import jsonschema

from harness import EXAMPLES, SEEDS, SOURCE, run


class Schema(unittest.TestCase):
    def test_extracted_records_match_the_schema(self):
        with open(os.path.join(SOURCE, "docs", "record.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
        inputs = [EXAMPLES] + ([SEEDS] if os.path.isdir(SEEDS) else [])
        result = run("extract", *inputs)
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertGreaterEqual(len(lines), 16)
        for line in lines:
            jsonschema.validate(json.loads(line), schema)

    def test_schema_rejects_a_wrong_record(self):
        with open(os.path.join(SOURCE, "docs", "record.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        result = run("extract", EXAMPLES)
        record = json.loads(result.stdout.splitlines()[0])
        record["event_date"] = "19/11/2024"
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(record, schema)


if __name__ == "__main__":
    unittest.main()
