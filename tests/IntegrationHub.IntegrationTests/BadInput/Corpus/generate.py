#!/usr/bin/env python3
"""Writes the bad-input corpus (fhir/ and csv/) next to this script. Re-run after editing; see README.md.

File name: {expect}--{case}[--ct-{content-type}].{json|csv}
  expect: r400 / r413 / r415  the contract names this status
          bad                 a 4xx naming the problem, or 202 and the submission ends with an issue or failed
          ok                  a valid variant (BOM, CRLF, reordered columns...): 202 and completed without errors
          safe                the contract is silent: never 5xx, a 4xx names the problem, a 202 finishes
  ct:     a deliberately wrong (or unusual) Content-Type; without it json -> application/fhir+json, csv -> text/csv
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FHIR = os.path.join(HERE, "fhir")
CSV = os.path.join(HERE, "csv")
CHI_SYSTEM = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53"
BOARD_ID = "https://fhir.nhs.scot/board-patient-id"


def write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def patient(i, **overrides):
    p = {
        "resourceType": "Patient",
        "id": f"corpus-p{i}",
        "identifier": [{"system": BOARD_ID, "value": f"CORPUS-{i}"}],
        "name": [{"family": "Corpus", "given": [f"Case{i}"]}],
        "gender": "female",
        "birthDate": "1950-01-01",
        "address": [{"postalCode": "G1 1AA", "district": "S12000049"}],
    }
    p.update(overrides)
    return p


def encounter(i, subject="urn:uuid:p0", **overrides):
    e = {
        "resourceType": "Encounter",
        "id": f"corpus-e{i}",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
        "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActPriority", "code": "EM"}]},
        "period": {"start": "2024-05-01", "end": "2024-05-04"},
        "subject": {"reference": subject},
    }
    e.update(overrides)
    return e


def bundle(resources, btype="batch"):
    return {
        "resourceType": "Bundle",
        "type": btype,
        "entry": [{"fullUrl": f"urn:uuid:{'p' if r.get('resourceType') == 'Patient' else 'r'}{i}", "resource": r} for i, r in enumerate(resources)],
    }


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def fhir_cases():
    valid = dump(bundle([patient(0), encounter(0)]))
    cases = {}
    # Truncated JSON: a valid bundle cut at several points.
    for pct in (1, 10, 25, 50, 75, 90, 99):
        cases[f"r400--truncated-at-{pct:02d}pct"] = valid[: max(1, len(valid) * pct // 100)]
    # Not JSON at all / not a JSON object.
    cases.update({
        "r400--empty-body": "",
        "r400--whitespace-only": "  \n\t ",
        "r400--plain-text": "hello, this is not json",
        "r400--xml-bundle": '<Bundle xmlns="http://hl7.org/fhir"><type value="batch"/></Bundle>',
        "r400--json-null": "null",
        "r400--json-true": "true",
        "r400--json-number": "42",
        "r400--json-string": '"Bundle"',
        "r400--json-array": dump([patient(0)]),
        "r400--two-objects": valid + valid,
        "r400--trailing-garbage": valid + " }}}",
        "r400--single-quotes": valid.replace('"', "'"),
        "r400--comments": "// a comment\n" + valid,
    })
    # JSON that is not FHIR.
    cases.update({
        "r400--no-resourcetype": dump({"hello": "world"}),
        "r400--resourcetype-number": dump({"resourceType": 123}),
        "r400--resourcetype-empty": dump({"resourceType": ""}),
        "r400--resourcetype-null": dump({"resourceType": None}),
        "r400--resourcetype-array": dump({"resourceType": ["Bundle"]}),
        "r400--openapi-document": dump({"openapi": "3.0.0", "info": {"title": "x"}, "paths": {}}),
    })
    # Bundles of the wrong type.
    for btype in ("history", "searchset", "document", "message", "transaction-response", "batch-response", "BATCH", ""):
        cases[f"r400--bundle-type-{(btype.lower() + '-uppercase') if btype.isupper() else (btype or 'empty')}"] = dump(bundle([patient(0)], btype))
    cases["r400--bundle-type-number"] = dump({"resourceType": "Bundle", "type": 1, "entry": []})
    cases["bad--bundle-type-missing"] = dump({"resourceType": "Bundle", "entry": [{"fullUrl": "urn:uuid:p0", "resource": patient(0)}]})
    # Deeply nested JSON.
    for depth in (1000, 100000):
        nested = "[" * depth + "]" * depth
        cases[f"bad--nested-arrays-depth-{depth}"] = '{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","id":"n","extension":' + nested + "}}]}"
    cases["bad--nested-objects-depth-5000"] = '{"resourceType":"Bundle","type":"batch","entry":[{"resource":' + '{"a":' * 5000 + "1" + "}" * 5000 + "}]}"
    # The contract is silent on these; today each is accepted without an issue (see README.md, findings).
    cases["bad--patient-birthdate-future"] = dump(bundle([patient(3, birthDate="2999-01-01")]))
    cases["safe--patient-no-identifier-no-name"] = dump(bundle([{"resourceType": "Patient", "id": "corpus-bare", "address": [{"district": "S12000049"}]}]))
    cases["safe--nested-arrays-depth-65-in-ignored-extension"] = '{"resourceType":"Bundle","type":"batch","entry":[{"resource":{"resourceType":"Patient","id":"n","address":[{"district":"S12000049"}],"extension":' + "[" * 65 + "]" * 65 + "}}]}"
    # Wrong types inside otherwise valid bundles.
    wrong = {
        "entry-is-object": {"resourceType": "Bundle", "type": "batch", "entry": {"resource": patient(0)}},
        "entry-is-string": {"resourceType": "Bundle", "type": "batch", "entry": "Patient"},
        "entry-items-are-numbers": {"resourceType": "Bundle", "type": "batch", "entry": [1, 2, 3]},
        "entry-without-resource": {"resourceType": "Bundle", "type": "batch", "entry": [{"fullUrl": "urn:uuid:x"}]},
        "resource-is-string": {"resourceType": "Bundle", "type": "batch", "entry": [{"resource": "Patient/1"}]},
        "resource-without-resourcetype": {"resourceType": "Bundle", "type": "batch", "entry": [{"resource": {"id": "x"}}]},
    }
    for name, body in wrong.items():
        cases[f"bad--{name}"] = dump(body)
    field_errors = {
        "birthdate-number": patient(1, birthDate=19500101),
        "birthdate-impossible": patient(2, birthDate="1950-13-45"),
                "gender-array": patient(4, gender=["female"]),
        "gender-unknown-code": patient(5, gender="banana"),
        "name-is-string": patient(6, name="Corpus"),
        "identifier-is-object": patient(7, identifier={"system": BOARD_ID, "value": "x"}),
        "identifier-value-number": patient(8, identifier=[{"system": BOARD_ID, "value": 12345}]),
        "id-is-number": patient(9, id=123),
        "chi-bad-check-digit": patient(10, identifier=[{"system": CHI_SYSTEM, "value": "0101501235"}]),
        "chi-letters": patient(11, identifier=[{"system": CHI_SYSTEM, "value": "01015O1234"}]),
        "address-is-string": patient(12, address="1 High St"),
            }
    for name, p in field_errors.items():
        cases[f"bad--patient-{name}"] = dump(bundle([p]))
    enc_errors = {
        "period-start-boolean": encounter(1, period={"start": True}),
        "period-end-before-start": encounter(2, period={"start": "2024-05-04", "end": "2024-05-01"}),
        "class-unknown": encounter(3, **{"class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "ZZZ"}}),
        "no-id-no-identifier": {k: v for k, v in encounter(4).items() if k != "id"},
        "subject-missing": {k: v for k, v in encounter(5).items() if k != "subject"},
        "subject-unresolvable": encounter(6, subject="urn:uuid:does-not-exist"),
        "subject-is-string": encounter(7, subject="Patient/1"),
    }
    for name, e in enc_errors.items():
        cases[f"bad--encounter-{name}"] = dump(bundle([patient(0), e]))
    cases["bad--encounter-alone-unknown-patient"] = dump(encounter(8, subject="Patient/never-sent-corpus"))
    cases["bad--duplicate-fullurl"] = dump({"resourceType": "Bundle", "type": "batch", "entry": [
        {"fullUrl": "urn:uuid:dup", "resource": patient(20)}, {"fullUrl": "urn:uuid:dup", "resource": patient(21)}]})
    # Unknown resource types: accepted entries with a not-supported warning.
    cases["bad--unknown-resourcetype-observation"] = dump(bundle([patient(0), {"resourceType": "Observation", "id": "o1", "status": "final"}]))
    cases["bad--unknown-resourcetype-made-up"] = dump(bundle([{"resourceType": "Spaceship", "id": "s1"}]))
    cases["bad--unknown-resourcetype-lowercase-patient"] = dump(bundle([{"resourceType": "patient", "id": "lc"}]))
    cases["bad--single-unknown-resource"] = dump({"resourceType": "Spaceship", "id": "s2"})
    # Huge strings (well under the 16 MiB limit, which the test checks with generated bodies).
    cases["bad--huge-family-name-256k"] = dump(bundle([patient(30, name=[{"family": "A" * (1 << 18), "given": ["B"]}], birthDate="1950-02-30")]))
    cases["bad--huge-identifier-value-64k"] = dump(bundle([patient(31, identifier=[{"system": BOARD_ID, "value": "9" * (1 << 16)}], birthDate="not-a-date")]))
    cases["bad--huge-unknown-property-512k"] = dump(bundle([patient(32, birthDate="1950-02-30", note="x" * (1 << 19))]))
    # Encodings.
    cases["ok--utf8-bom"] = b"\xef\xbb\xbf" + valid.encode("utf-8")
    cases["safe--utf16le-bom"] = b"\xff\xfe" + valid.encode("utf-16-le")
    cases["safe--utf16le-bom--ct-fhir-json-utf16"] = b"\xff\xfe" + valid.encode("utf-16-le")
    cases["r400--latin1-bytes-in-name"] = dump(bundle([patient(40, name=[{"family": "MARKER", "given": ["X"]}], birthDate="1950-02-31")])).encode("utf-8").replace(b"MARKER", "Seònaid".encode("latin-1"))
    cases["safe--nul-character-in-name"] = dump(bundle([patient(41, name=[{"family": "A\u0000B", "given": ["C"]}])]))
    # A lone surrogate escape is valid JSON but not text: an error on that entry, the other entry goes on.
    cases["bad--lone-surrogate-escape"] = dump(bundle([patient(42), patient(45)])).replace('"Corpus"', '"\\ud800"', 1)
    cases["safe--duplicate-keys"] = dump(bundle([patient(43)])).replace('"gender": "female"', '"gender": "female", "gender": "male"')
    cases["safe--number-overflow"] = dump(bundle([patient(44)])).replace('"birthDate": "1950-01-01"', '"birthDate": "1950-01-01", "extension": [{"valueDecimal": 1e400}]').replace("1e400", "1" + "0" * 400)
    cases["safe--empty-bundle"] = dump({"resourceType": "Bundle", "type": "batch", "entry": []})
    cases["safe--bundle-without-entry"] = dump({"resourceType": "Bundle", "type": "collection"})
    cases["ok--single-patient"] = dump(patient(50))
    cases["ok--transaction-bundle"] = dump(bundle([patient(51)], "transaction"))
    cases["ok--crlf-pretty-printed"] = json.dumps(bundle([patient(52)]), indent=2).replace("\n", "\r\n")
    # Wrong content types (the body itself is valid).
    for ct in ("text-plain", "xml", "fhir-xml", "octet", "csv", "none", "form"):
        cases[f"r415--valid-bundle--ct-{ct}"] = valid
    return cases


HEADER = ["sending_location", "social_care_id", "period", "chi", "forename", "surname", "date_of_birth", "gender", "postcode",
          "date_of_death", "service", "service_type", "service_start_date", "service_end_date", "hc_hours", "reablement",
          "ch_name", "ch_postcode", "nursing_care"]
REQUIRED = ["sending_location", "social_care_id", "period", "service", "service_type", "service_start_date"]


def row(i, **overrides):
    r = {"sending_location": "260", "social_care_id": f"CORPUS{i}", "period": "2024Q1", "chi": "", "forename": "Corpus",
         "surname": f"Row{i}", "date_of_birth": "1940-03-03", "gender": "2", "postcode": "G1 1AA", "date_of_death": "",
         "service": "HC", "service_type": "2", "service_start_date": "2024-04-01", "service_end_date": "", "hc_hours": "10.5",
         "reablement": "0", "ch_name": "", "ch_postcode": "", "nursing_care": ""}
    r.update(overrides)
    return r


def csv_text(rows, header=HEADER, eol="\n"):
    def cell(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\r\n') else v
    lines = [",".join(header)] + [",".join(cell(r.get(h, "")) for h in header) for r in rows]
    return eol.join(lines) + eol


def csv_cases():
    good = [row(0), row(1, service="CH", service_type="3", hc_hours="", ch_name="Home", nursing_care="1")]
    valid = csv_text(good)
    cases = {}
    cases.update({
        "r400--empty-body": "",
        "r400--only-newline": "\n",
        "r400--only-bom": b"\xef\xbb\xbf",
        "r400--header-only": ",".join(HEADER) + "\n",
        "r400--header-only-crlf": ",".join(HEADER) + "\r\n",
        "r400--header-only-no-newline": ",".join(HEADER),
        "r400--header-only-with-bom": b"\xef\xbb\xbf" + (",".join(HEADER) + "\n").encode(),
        "r400--json-body": json.dumps([row(0)]),
        "r400--semicolon-separated": valid.replace(",", ";"),
        "r400--tab-separated": valid.replace(",", "\t"),
    })
    for col in REQUIRED:
        header = [h for h in HEADER if h != col]
        cases[f"r400--missing-column-{col.replace('_', '-')}"] = csv_text(good, header)
    cases["ok--crlf"] = csv_text(good, eol="\r\n")
    cases["ok--utf8-bom"] = b"\xef\xbb\xbf" + valid.encode()
    cases["ok--utf8-bom-crlf"] = b"\xef\xbb\xbf" + csv_text(good, eol="\r\n").encode()
    cases["ok--columns-reordered"] = csv_text(good, list(reversed(HEADER)))
    cases["ok--required-columns-only"] = csv_text([row(2, service="AT", service_type="1")], REQUIRED)
    cases["ok--quoted-comma-and-newline-in-name"] = csv_text([row(3, forename="Mary, Ann", surname="O'Neill\nSmith")])
    cases["ok--no-final-newline"] = valid.rstrip("\n")
    cases["ok--uppercase-postcode-no-space"] = csv_text([row(4, postcode="g11aa")])
    # Ragged rows.
    cases["bad--row-too-few-cells"] = valid + "260,CORPUS9,2024Q1\n"
    cases["bad--row-too-many-cells"] = valid + csv_text([row(10)]).splitlines()[1] + ",extra,cells\n"
    cases["bad--ragged-every-other-row"] = csv_text(good) + "".join(f"260,R{i},2024Q1,,,,\n" for i in range(20))
    cases["safe--blank-lines-between-rows"] = valid.replace("\n", "\n\n", 1)
    cases["bad--unterminated-quote"] = valid + '260,CORPUS11,2024Q1,,"never closed,,,,,HC,2,2024-04-01,,1,,,,\n'
    cases["bad--unknown-column"] = csv_text([row(12, favourite_colour="blue")], HEADER + ["favourite_colour"])
    cases["bad--duplicate-column"] = csv_text([row(13)], HEADER + ["service"])
    # Row values the contract rejects or warns about.
    row_errors = {
        "missing-social-care-id": row(20, social_care_id=""),
        "period-quarter-5": row(21, period="2024Q5"),
        "period-garbage": row(22, period="last year"),
        "gender-3": row(23, gender="3"),
        "service-unknown": row(24, service="XX"),
        "service-type-9": row(25, service_type="9"),
        "start-date-impossible": row(26, service_start_date="2024-02-30"),
        "start-date-uk-format": row(27, service_start_date="01/04/2024"),
        "dob-garbage": row(28, date_of_birth="yesterday"),
        "hc-hours-negative": row(29, hc_hours="-1"),
        "hc-hours-text": row(30, hc_hours="ten"),
        "hc-hours-comma-decimal": row(31, hc_hours="10,5"),
        "other-councils-sending-location": row(32, sending_location="230"),
        "sending-location-unknown": row(33, sending_location="999"),
        "chi-too-short": row(34, chi="12345"),
        "chi-bad-check-digit": row(35, chi="0303401235"),
        "end-before-start": row(36, service_end_date="2024-01-01"),
        "reablement-7": row(37, reablement="7"),
    }
    for name, r in row_errors.items():
        cases[f"bad--{name}"] = csv_text([row(0), r])
    # Formula injection: in coded fields it is an unknown code; in free text it must at least not break anything.
    for i, payload in enumerate(["=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]):
        cases[f"bad--formula-in-service-{i}"] = csv_text([row(40 + i, service=payload)])
        cases[f"safe--formula-in-forename-{i}"] = csv_text([row(50 + i, forename=payload, surname="Formula")])
    cases["bad--formula-in-hc-hours"] = csv_text([row(60, hc_hours="=1+1")])
    # Encodings.
    latin1 = csv_text([row(70, forename="Seònaid", surname="MacAoidh", period="2024Q9")]).encode("latin-1")
    cases["bad--latin1-name-and-bad-period"] = latin1
    cases["safe--latin1-name"] = csv_text([row(71, forename="Seònaid", surname="Dùghlas")]).encode("latin-1")
    cases["safe--utf16le-bom"] = b"\xff\xfe" + valid.encode("utf-16-le")
    cases["safe--utf16le-bom--ct-csv-utf16"] = b"\xff\xfe" + valid.encode("utf-16-le")
    cases["safe--nul-bytes-in-name"] = csv_text([row(72, forename="A\0B")])
    cases["safe--cr-only-line-endings"] = csv_text(good, eol="\r")
    cases["bad--huge-cell-256k-and-bad-gender"] = csv_text([row(73, forename="A" * (1 << 18), gender="5")])
    cases["bad--many-ragged-rows-2000"] = csv_text(good) + "".join(f"260,RAG{i},2024Q1,,,HC\n" for i in range(2000))
    # Wrong content types.
    for ct in ("text-plain", "json", "excel", "octet", "none", "fhir-json"):
        cases[f"r415--valid-extract--ct-{ct}"] = valid
    return cases


def main():
    for folder in (FHIR, CSV):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    for name, data in fhir_cases().items():
        write(FHIR, name + ".json", data)
    for name, data in csv_cases().items():
        write(CSV, name + ".csv", data)
    print(len(os.listdir(FHIR)), "fhir files,", len(os.listdir(CSV)), "csv files")


if __name__ == "__main__":
    main()
