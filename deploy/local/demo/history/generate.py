#!/usr/bin/env python3
"""Builds the history-import fixtures from the totals the seed articles publish (run from anywhere):

    python3 deploy/local/demo/history/generate.py

Writes, beside this script, for each province a history file (POST /api/v1/history-imports) and, for the two
provinces the demo tree does not hold, their organisation tree (seed format, loaded before the import):

- Kiên Giang 2021-2023: 512 models recognised at base level ("more than 500"), 78 at bloc level, 76 at
  provincial level, 322 commended by base committees; 600 registered.
- Lạng Sơn 2016-2021: 50 models built, 19 recognised by the bloc's decision; 23 directive documents,
  95 dialogues, 1,337 complaints received of which 1,272 resolved.
- An Giang 2016-2020: 4,664 models in the four fields across "Dân vận khéo" and "Dân vận khéo trong xây dựng
  nông thôn mới", on the demo tree's units.

Everything is derived from those totals by fixed rules (no randomness): running it again writes the same bytes.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
DEMO_TREE = os.path.join(ROOT, "deploy/contracts/src/main/resources/vn/dvk/contracts/demo/an-giang.json")
FIELDS = ["ECONOMY", "CULTURE_SOCIETY", "DEFENSE_SECURITY", "POLITICAL_SYSTEM"]
FIELD_NAMES = {"ECONOMY": "phát triển kinh tế", "CULTURE_SOCIETY": "văn hóa – xã hội",
               "DEFENSE_SECURITY": "quốc phòng – an ninh", "POLITICAL_SYSTEM": "xây dựng hệ thống chính trị"}
SIGNERS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Giang",
           "Đỗ Văn Hải", "Bùi Thị Hương", "Đặng Văn Khoa", "Huỳnh Thị Lan"]


def write(name, data):
    """One entry of each list a line: thousands of models stay readable and diff line by line."""
    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            items = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(f" {json.dumps(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(lines) + "\n}\n")


def split(total, parts):
    """total spread over parts as evenly as whole numbers allow, the larger shares first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def model(ref, unit, campaign, submitted, field, number, unit_name):
    return {"ref": ref, "unitId": unit, "submittedOn": submitted, "content": {
        "campaignId": campaign, "kind": "MODEL", "field": field, "ownerKind": "COLLECTIVE",
        "title": f"Mô hình Dân vận khéo {FIELD_NAMES[field]} số {number} – {unit_name}",
        "summary": f"Mô hình {FIELD_NAMES[field]} của {unit_name}.",
        "goals": "Gần dân, hiểu dân, giúp dân.",
        "implementation": "Đảng viên được phân công phụ trách.",
        "startedOn": submitted}}


def campaign(cid, movement, name, org, starts, ends, deadline, levels, closes):
    return {"id": cid, "movement": movement, "name": name, "organisationId": org, "startsOn": starts,
            "endsOn": ends, "registrationDeadline": deadline,
            "reviewWindows": [{"level": level, "opensOn": starts, "closesOn": closes} for level in levels]}


def decision(number, issued, level, issuer, signer, title, recognises, commendations=None):
    d = {"number": number, "issuedOn": issued, "level": level, "issuerId": issuer, "signerName": signer,
         "signerTitle": title, "recognises": recognises}
    if commendations:
        d["commendations"] = commendations
    return d


def kien_giang():
    bases = [("syt", "Sở Y tế"), ("sgddt", "Sở Giáo dục và Đào tạo"), ("stp", "Sở Tư pháp"), ("stc", "Sở Tài chính"),
             ("sct", "Sở Công Thương"), ("snnptnt", "Sở Nông nghiệp và Phát triển nông thôn"),
             ("sldtbxh", "Sở Lao động - Thương binh và Xã hội"), ("svhtt", "Sở Văn hóa và Thể thao"),
             ("bhxh", "Bảo hiểm xã hội tỉnh"), ("ktnn", "Kho bạc Nhà nước tỉnh"), ("ctdien", "Công ty Điện lực"),
             ("ctcn", "Công ty Cấp thoát nước"), ("ctxs", "Công ty Xổ số kiến thiết"), ("nhnn", "Ngân hàng Nhà nước chi nhánh tỉnh"),
             ("vnpt", "Viễn thông Kiên Giang"), ("ctdl", "Công ty Du lịch")]
    tree = [{"id": "kg", "kind": "PROVINCE", "name": "Tỉnh Kiên Giang", "code": "KG", "parentId": None,
             "validFrom": "2010-01-01"},
            {"id": "kg-dukcq", "kind": "BLOC", "name": "Đảng bộ Khối các cơ quan tỉnh Kiên Giang", "code": "ĐUK",
             "parentId": "kg", "validFrom": "2010-01-01"},
            {"id": "kg-dukdn", "kind": "BLOC", "name": "Đảng bộ Khối Doanh nghiệp tỉnh Kiên Giang", "code": "ĐUKDN",
             "parentId": "kg", "validFrom": "2010-01-01"}]
    units = []  # (unit id, base id, bloc id, unit name)
    for i, (code, name) in enumerate(bases):
        bloc = "kg-dukcq" if i < 10 else "kg-dukdn"
        base = f"kg-{code}"
        if base == "kg-syt":  # the registry tests' own Kiên Giang seed names it so
            tree.append({"id": base, "kind": "BASE", "name": "Đảng bộ Sở Y tế tỉnh Kiên Giang", "code": "SYT",
                         "parentId": bloc, "validFrom": "2010-01-01"})
        else:
            tree.append({"id": base, "kind": "BASE", "name": f"Đảng bộ {name}", "code": code.upper(),
                         "parentId": bloc, "validFrom": "2010-01-01"})
        for u in (1, 2):
            unit = f"{base}-dv{u}"
            unit_name = f"Chi bộ {u} – {name}"
            tree.append({"id": unit, "kind": "UNIT", "name": unit_name, "code": f"{code.upper()}-{u}",
                         "parentId": base, "validFrom": "2010-01-01"})
            units.append((unit, base, bloc, unit_name))
    cid = "kg-dvk-2021-2023"
    models, by_base = [], {}
    years = [("2021", 200), ("2022", 200), ("2023", 200)]  # 600 registered
    n = 0
    for year, count in years:
        for k in range(count):
            unit, base, bloc, unit_name = units[n % len(units)]
            month = 3 + k % 4 if year == "2023" else 3 + k % 8
            ref = f"kg-m-{n + 1:04d}"
            models.append(model(ref, unit, cid, f"{year}-{month:02d}-{10 + k % 15:02d}", FIELDS[n % 4], n + 1,
                                unit_name))
            by_base.setdefault((year, base), []).append((ref, bloc, unit_name))
            n += 1
    # base level: 512 of the 600, the first models of each (year, base) group until 512 are taken
    base_quota = 512
    recognised_base, decisions, commended = [], [], 0
    base_day = {"2021": "2021-12-15", "2022": "2022-12-15", "2023": "2023-08-15"}
    per_group = sorted(by_base.items())
    shares = split(base_quota, len(per_group))
    commend_shares = split(322, len(per_group))
    for g, ((year, base), refs) in enumerate(per_group):
        chosen = refs[:shares[g]]
        recognised_base += [(ref, bloc) for ref, bloc, _ in chosen]
        commendations = [{"modelRef": ref, "form": "GIAY_KHEN",
                          "grade": "OUTSTANDING" if c % 5 == 0 else "ACHIEVEMENT", "recipientKind": "COLLECTIVE",
                          "recipientName": unit_name, "achievement": "Có thành tích xuất sắc trong phong trào thi đua "
                          "\"Dân vận khéo\"" if c % 5 == 0 else "Có thành tích trong phong trào thi đua \"Dân vận khéo\""}
                         for c, (ref, _, unit_name) in enumerate(chosen[:commend_shares[g]])]
        commended += len(commendations)
        decisions.append(decision(f"{g + 1}-QĐ/ĐU", base_day[year], "BASE", base, SIGNERS[g % 10],
                                  "Bí thư Đảng ủy", [ref for ref, _, _ in chosen], commendations))
    assert len(recognised_base) == 512 and commended == 322
    # bloc level: 78, each bloc its own models; provincial level: 76 of those 78
    bloc_models = {"kg-dukcq": [], "kg-dukdn": []}
    for ref, bloc in recognised_base:
        bloc_models[bloc].append(ref)
    bloc_shares = {"kg-dukcq": 48, "kg-dukdn": 30}
    bloc_recognised = []
    for i, (bloc, refs) in enumerate(sorted(bloc_models.items())):
        chosen = refs[:bloc_shares[bloc]]
        bloc_recognised += chosen
        decisions.append(decision(f"{125 + i}-QĐ/ĐUK", "2023-09-20", "BLOC", bloc, SIGNERS[i],
                                  "Phó Bí thư Thường trực Đảng ủy Khối", chosen))
    assert len(bloc_recognised) == 78
    decisions.append(decision("215-QĐ/BDVTU", "2023-11-25", "PROVINCE", "kg", "Trần Thanh Nam",
                              "Trưởng Ban Dân vận Tỉnh ủy", bloc_recognised[:76]))
    write("kien-giang-tree.json", {"organisations": tree})
    write("kien-giang-2021-2023.json", {
        "importId": "kg-dvk-2021-2023",
        "campaigns": [campaign(cid, "DVK", "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2021-2023", "kg",
                               "2021-01-01", "2023-12-31", "2023-06-30", ["BASE", "BLOC", "PROVINCE"], "2023-12-15")],
        "models": models, "decisions": decisions})


def lang_son():
    bases = [("sgtvt", "Sở Giao thông vận tải"), ("stnmt", "Sở Tài nguyên và Môi trường"), ("syt", "Sở Y tế"),
             ("sgddt", "Sở Giáo dục và Đào tạo"), ("sct", "Sở Công Thương"), ("stp", "Sở Tư pháp"),
             ("snv", "Sở Nội vụ"), ("stc", "Sở Tài chính"), ("skhdt", "Sở Kế hoạch và Đầu tư"),
             ("ctt", "Cục Thuế tỉnh")]
    tree = [{"id": "ls", "kind": "PROVINCE", "name": "Tỉnh Lạng Sơn", "code": "LS", "parentId": None,
             "validFrom": "2010-01-01"},
            {"id": "ls-dukcq", "kind": "BLOC", "name": "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn", "code": "ĐUK",
             "parentId": "ls", "validFrom": "2010-01-01"}]
    for code, name in bases:  # each base organisation is its own unit
        tree.append({"id": f"ls-{code}", "kind": "BASE", "name": f"Đảng bộ {name}", "code": code.upper(),
                     "parentId": "ls-dukcq", "validFrom": "2010-01-01"})
    cid = "ls-dvk-2016-2021"
    models = []
    for n in range(50):  # 50 models built, ten a year from 2016 to 2020
        code, name = bases[n % 10]
        year = 2016 + n // 10
        models.append(model(f"ls-m-{n + 1:03d}", f"ls-{code}", cid, f"{year}-{4 + n % 6:02d}-15", FIELDS[n % 4],
                            n + 1, f"Đảng bộ {name}"))
    # the 19 the bloc recognised, each first recognised by its own base committee in December of its year
    chosen = [m for m in models][:19]
    decisions, by_base = [], {}
    for m in chosen:
        by_base.setdefault((m["unitId"], m["submittedOn"][:4]), []).append(m["ref"])
    for i, ((base, year), refs) in enumerate(sorted(by_base.items())):
        decisions.append(decision(f"{i + 1}-QĐ/ĐU", f"{year}-12-10", "BASE", base, SIGNERS[i % 10],
                                  "Bí thư Đảng ủy", refs))
    decisions.append(decision("58-QĐ/ĐUK", "2021-05-20", "BLOC", "ls-dukcq", "Hoàng Văn Tuấn",
                              "Phó Bí thư Thường trực Đảng ủy Khối", [m["ref"] for m in chosen]))
    # indicators: each base organisation reports December 2016, June and December 2017 to 2020, and June 2021:
    # the 60 months from July 2016 to June 2021, as long a span as one indicators report reads
    months = ["2016-12"] + [f"{y}-{m}" for y in range(2017, 2021) for m in ("06", "12")] + ["2021-06"]
    slots = [(f"ls-{code}", month) for code, _ in bases for month in months]
    totals = {"directiveDocuments": 23, "dialogues": 95, "complaintsReceived": 1337, "complaintsResolved": 1272}
    shares = {key: split(total, len(slots)) for key, total in totals.items()}
    indicators = [dict(organisationId=org, period=month, **{key: shares[key][i] for key in totals})
                  for i, (org, month) in enumerate(slots)]
    assert all(f["complaintsResolved"] <= f["complaintsReceived"] for f in indicators)
    write("lang-son-tree.json", {"organisations": tree})
    write("lang-son-2016-2021.json", {
        "importId": "ls-dvk-2016-2021",
        "campaigns": [campaign(cid, "DVK", "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2016-2021", "ls",
                               "2016-01-01", "2021-06-30", "2020-12-31", ["BASE", "BLOC"], "2021-06-30")],
        "models": models, "decisions": decisions, "indicators": indicators})


def an_giang():
    with open(DEMO_TREE, encoding="utf-8") as f:
        tree = json.load(f)["organisations"]
    owners = [o for o in tree if o["kind"] in ("UNIT", "BASE") and o.get("active", True)]
    children = {o["parentId"] for o in tree}
    owners = [o for o in owners if o["kind"] == "UNIT" or o["id"] not in children]  # bases with no units of their own
    campaigns = [campaign("ag-dvk-2016-2020", "DVK", "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2016-2020", "ag",
                          "2016-01-01", "2020-12-31", "2020-06-30", ["BASE", "BLOC", "PROVINCE"], "2020-12-15"),
                 campaign("ag-dvknr-2016-2020", "DVK_NEW_RURAL",
                          "Phong trào \"Dân vận khéo\" trong xây dựng nông thôn mới giai đoạn 2016-2020", "ag",
                          "2016-01-01", "2020-12-31", "2020-06-30", ["BASE", "BLOC", "PROVINCE"], "2020-12-15")]
    models = []
    for n in range(4664):  # 2,915 in "Dân vận khéo", 1,749 in new rural development
        owner = owners[n % len(owners)]
        cid = "ag-dvk-2016-2020" if n % 8 < 5 else "ag-dvknr-2016-2020"
        year = 2016 + n % 5
        month = 1 + (n // 5) % (6 if year == 2020 else 12)  # 2020's registrations close at the end of June
        models.append(model(f"ag-m-{n + 1:04d}", owner["id"], cid, f"{year}-{month:02d}-{1 + n % 28:02d}",
                            FIELDS[n % 4], n + 1, owner["name"]))
    write("an-giang-2016-2020.json", {"importId": "ag-dvk-2016-2020", "campaigns": campaigns, "models": models})


if __name__ == "__main__":
    kien_giang()
    lang_son()
    an_giang()
