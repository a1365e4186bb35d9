#!/usr/bin/env python3
"""Writes the example places' grid tables and rosters from the NBS 2023 division file.

Run from the repository root:  python3 examples/tools/make_places.py <path to divisions.csv>
(the file is grid-core/src/test/resources/org/gridgov/core/divisions/divisions.csv).
Deterministic: the same input gives byte-identical output. What comes from NBS and what is
illustrative is written in each place's README.md.
"""
import csv, os, sys

OUT = "examples/src/main/resources/org/gridgov/examples/places"
rows = {}
children = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for r in csv.DictReader(f):
        rows[r["code"]] = r
        children.setdefault(r["parent_code"], []).append(r["code"])

def kids(code):
    return sorted(children.get(code, []))

def short(name):
    for suffix in ("居民委员会", "村民委员会", "委员会", "村委会", "居委会"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)] + ("村" if suffix in ("村委会", "村民委员会") and not name[: -len(suffix)].endswith("村") else "")
    return name

def write(place, name, header, table):
    os.makedirs(f"{OUT}/{place}", exist_ok=True)
    with open(f"{OUT}/{place}/{name}", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(table)

def spread(total, parts):
    """total split into `parts` whole numbers differing by at most one, larger ones first."""
    base, extra = divmod(total, parts)
    return [base + 1 if i < extra else base for i in range(parts)]

# ---------------------------------------------------------------- Taibaihu (article 003)
# 2 level-1 grids (许庄街道, 石桥镇), 57 level-2 grids (communities and villages), 219 basic
# grids (162 urban, 57 rural), 147 of them in 许庄街道; one grid worker per basic grid.
G = []
S = []
G.append(["370811", "太白湖新区", "", 1, "", "", ""])
named_workers = {"御景花园社区": ["邢瑜璇", "王勇"], "济东新村社区": ["刘汶", "张薇薇"], "荷韵花园社区": ["张敏"], "明德花园社区": ["李一凡"]}
extra = {"370811002": [("370811002007", "御景花园社区"), ("370811002008", "荷韵花园社区"), ("370811002009", "明德花园社区")],
         "370811109": [("370811109002", "济东新村社区"), ("370811109003", "新建社区（一）"), ("370811109004", "新建社区（二）")]}
plan = {"370811002": {"urban": 139, "rural": 8}, "370811109": {"urban": 23, "rural": 49}}
worker = 0
for town in ("370811002", "370811109"):
    G.append([town, rows[town]["name"], "370811", 2, "", "", ""])
    units = [(c, short(rows[c]["name"])) for c in kids(town)] + extra[town]
    units.sort()
    rural_codes = {c for c in kids(town) if rows[c]["name"].endswith(("村委会", "村民委员会"))}
    urban = [u for u in units if u[0] not in rural_codes]
    rural = [u for u in units if u[0] in rural_codes]
    for code, name in units:
        G.append([code, name, town, 3, "urban" if (code, name) in urban else "rural", "", ""])
    for kind, group in (("urban", urban), ("rural", rural)):
        for (code, name), count in zip(group, spread(plan[town][kind], len(group))):
            for k in range(1, count + 1):
                grid = f"{code}{k:03d}"
                G.append([grid, f"{name}第{k}网格", code, 4, kind, "", ""])
                worker += 1
                names = named_workers.get(name, [])
                person = names[k - 1] if k <= len(names) else f"网格员{worker:03d}"
                S.append([f"tbh-w{worker:03d}", person, "grid-worker", grid])
# 御景花园社区's 三级网格 also carries a police, an urban-management and a civilised-city grid (article 003)
for suffix, layer, label in (("901", "police", "警务网格"), ("902", "urban-management", "城管网格"), ("903", "civilised-city", "创城网格")):
    G.append([f"370811002007{suffix}", f"御景花园社区{label}", "370811002007", 4, "", "", layer])
write("taibaihu", "grids.csv", ["code", "name", "parent_code", "level", "kind", "households", "layer"], G)
write("taibaihu", "staff.csv", ["staff_id", "name", "role", "grid_code"], S)

# ---------------------------------------------------------------- Guigang (article 004)
# "两类四级": street/town -> community/village -> grid -> building (micro-grid). 荷城社区 of 贵城街道:
# 38 small grids, 674 micro-grids, 25 dedicated grids, 23,797 households, 2 full-time workers.
G = []
S = []
G.append(["450802001", "贵城街道", "", 1, "", "", ""])
G.append(["450802001013", "荷城社区", "450802001", 2, "urban", "", ""])
micro = spread(674, 38)
households = spread(23797, 674)
m = 0
for g, count in enumerate(micro, start=1):
    grid = f"450802001013{g:03d}"
    G.append([grid, f"荷城社区第{g}网格", "450802001013", 3, "", sum(households[m:m + count]), ""])
    S.append([f"gg-g{g:02d}", f"小网格长{g:02d}", "grid-leader", grid])
    for b in range(1, count + 1):
        G.append([f"{grid}{b:03d}", f"荷城社区第{g}网格第{b}微网格", grid, 4, "", households[m], ""])
        S.append([f"gg-m{m + 1:03d}", f"微网格长{m + 1:03d}", "micro-grid-leader", f"{grid}{b:03d}"])
        m += 1
for d in range(1, 26):
    grid = f"450802001013{900 + d}"
    G.append([grid, f"荷城社区专属网格{d:02d}", "450802001013", 3, "", "", "dedicated"])
    S.append([f"gg-d{d:02d}", f"专属网格长{d:02d}", "grid-leader", grid])
# 双格融合 (article 004): 城北派出所's police grids over 荷城社区, each covering a run of the small grids,
# one police officer (警务员) each; the number of police grids is illustrative, the article gives none
police_runs = spread(38, 4)
first = 1
police_links = []
for p, count in enumerate(police_runs, start=1):
    grid = f"450802001013{950 + p}"
    G.append([grid, f"城北派出所荷城警务网格{p}", "450802001013", 3, "", "", "police"])
    S.append([f"gg-p{p}", f"城北派出所警务员{p}", "police-officer", grid])
    police_links.append((grid, [f"450802001013{g:03d}" for g in range(first, first + count)]))
    first += count
S.append(["gg-secretary", "荷城社区书记", "grid-leader", "450802001013"])
S.append(["gg-w1", "专职网格员一", "grid-worker", "450802001013"])
S.append(["gg-w2", "专职网格员二", "grid-worker", "450802001013"])
# the rural kind: a town of 港北区 with its first village, one grid and two micro-grids
town = "450802101"
if town in rows:
    G.append([town, rows[town]["name"], "", 1, "", "", ""])
    village = kids(town)[-1]
    G.append([village, short(rows[village]["name"]), town, 2, "rural", "", ""])
    G.append([f"{village}001", f"{short(rows[village]['name'])}第1网格", village, 3, "", 96, ""])
    G.append([f"{village}001001", f"{short(rows[village]['name'])}第1网格第1微网格", f"{village}001", 4, "", 48, ""])
    G.append([f"{village}001002", f"{short(rows[village]['name'])}第1网格第2微网格", f"{village}001", 4, "", 48, ""])
write("guigang", "grids.csv", ["code", "name", "parent_code", "level", "kind", "households", "layer"], G)
# the fusion file: the ten joints (十联) with their lead and assisting departments (article 004: 街道综治中心 and
# 城北派出所 lead, 荷城社区 assists; which of the two leads which joint is illustrative) and the links above
GC, PS, HC = "guicheng-governance-centre", "chengbei-police-station", "hecheng-community"
joints = [("BASE_INFORMATION", GC, [PS, HC], []), ("HAZARDS", GC, [PS, HC], ["safety.hazard"]),
          ("DISPUTES", GC, [PS, HC], ["dispute.neighbour"]), ("ANTI_CULT", PS, [GC, HC], ["security.cult"]),
          ("DRUG_CONTROL", PS, [GC, HC], ["security.drugs"]), ("KEY_PERSONS", PS, [GC, HC], ["security.key-person"]),
          ("SPECIAL_GROUPS", GC, [PS, HC], ["care.special-group"]), ("PATROLS", PS, [GC, HC], ["security.patrol-finding"]),
          ("HELP", GC, [PS, HC], ["help.one-key"]), ("PREVENTION_EDUCATION", PS, [GC, HC], [])]
with open(f"{OUT}/guigang/fusion.json", "w", encoding="utf-8", newline="\n") as f:
    f.write('{\n  "id": "hecheng",\n  "name": "荷城社区“双格融合、四融十联”",\n')
    f.write('  "description": "Article 004: the comprehensive (综治) and police (警务) grids of 荷城社区 fused — grids, staff, '
            'platforms and resources (四融) — and ten tasks done jointly (十联); 贵城街道综治中心 and 城北派出所 lead, 荷城社区 assists.",\n')
    f.write('  "fromLayer": "comprehensive",\n  "toLayer": "police",\n  "joints": [\n')
    f.write(",\n".join('    { "joint": "%s", "lead": "%s", "assisting": [%s], "matterTypes": [%s] }'
                       % (j, lead, ", ".join('"%s"' % a for a in assist), ", ".join('"%s"' % m for m in types))
                       for j, lead, assist, types in joints))
    f.write('\n  ],\n  "links": [\n')
    f.write(",\n".join('    { "to": "%s", "from": [%s] }' % (to, ", ".join('"%s"' % c for c in frm)) for to, frm in police_links))
    f.write("\n  ]\n}\n")
write("guigang", "staff.csv", ["staff_id", "name", "role", "grid_code"], S)

# ---------------------------------------------------------------- Guilin (article 001)
# 三级网格长责任制: county heads are level-1 grid leaders, township heads level-2, village
# secretaries level-3; 196 water-area grids on the Li River (漓江).
G = []
S = []
for county in kids("4503"):
    G.append([county, rows[county]["name"], "", 1, "", "", ""])
    S.append([f"gl-{county}", f"{rows[county]['name']}党政主要负责人", "grid-leader", county])
    for town in kids(county):
        G.append([town, rows[town]["name"], county, 2, "", "", ""])
        S.append([f"gl-{town}", f"{rows[town]['name']}党政主要负责人", "grid-leader", town])
        for village in kids(town):
            G.append([village, short(rows[village]["name"]), town, 3, "", "", ""])
            S.append([f"gl-{village}", f"{short(rows[village]['name'])}书记", "grid-leader", village])
# water-area grids hang under the townships the Li River passes (illustrative split)
li_river = [c for c in ("450325105", "450323100", "450323101", "450311201", "450321202", "450321103", "450321102", "450321100", "450330100")
            if c in rows]
for town, count in zip(li_river, spread(196, len(li_river))):
    for k in range(1, count + 1):
        G.append([f"{town}{900 + k - 1}", f"{rows[town]['name']}漓江水域网格{k}", town, 3, "", "", "water-area"])
write("guilin", "grids.csv", ["code", "name", "parent_code", "level", "kind", "households", "layer"], G)
write("guilin", "staff.csv", ["staff_id", "name", "role", "grid_code"], S)

# ---------------------------------------------------------------- Zhangye (article 002)
# the six-level chain 街道大工委—社区大党委—网格党支部—楼栋党小组—党员中心户—楼栋长(单元长),
# 1 grid + 1 party branch + 1 co-building unit + 一长四员 per grid.
G = []
S = []
street = "620702001"
G.append([street, "东街街道大工委", "", 1, "", "", ""])
community = "620702001007"
G.append([community, "金安苑社区大党委", street, 2, "", "", ""])
for g in range(1, 5):
    grid = f"{community}{g:03d}"
    G.append([grid, f"金安苑社区第{g}网格党支部", community, 3, "", "", ""])
    for role, person in (("grid-leader", "网格长"), ("grid-worker", "网格员"), ("police-officer", "社区民警"),
                         ("supervisor", "监督员"), ("information-officer", "信息员")):
        S.append([f"zy-{g}-{role}", f"第{g}网格{person}", role, grid])
    for b in range(1, 4):
        building = f"{grid}{b:02d}"
        G.append([building, f"第{g}网格{b}号楼党小组", grid, 4, "", "", ""])
        for h in range(1, 3):
            household = f"{building}{h:02d}"
            G.append([household, f"第{g}网格{b}号楼党员中心户{h}", building, 5, "", "", ""])
            for u in range(1, 3):
                G.append([f"{household}{u:02d}", f"第{g}网格{b}号楼{h * 2 - 2 + u}单元长", household, 6, "", "", ""])
write("zhangye", "grids.csv", ["code", "name", "parent_code", "level", "kind", "households", "layer"], G)
write("zhangye", "staff.csv", ["staff_id", "name", "role", "grid_code"], S)

# ---------------------------------------------------------------- Ecological new town (article 000)
# 81 comprehensive grids; micro-grids of about 50 households; "1+1+1+1+N".
G = []
S = []
G.append(["321002", "扬州市生态科技新城", "", 1, "", "", ""])
units = []
for town in ("321002401", "321002402"):
    G.append([town, rows[town]["name"].replace("扬州市生态科技新城", ""), "321002", 2, "", "", ""])
    units += [(v, short(rows[v]["name"]), town) for v in kids(town)]
for (code, name, town) in units:
    G.append([code, name, town, 3, "", "", ""])
grid_no = 0
for (code, name, town), count in zip(units, spread(81, len(units))):
    for k in range(1, count + 1):
        grid_no += 1
        grid = f"{code}{k:03d}"
        hh = 300 + (grid_no * 37) % 260          # 300..559 households, deterministic
        G.append([grid, f"{name}第{k}网格", code, 4, "", hh, ""])
        parts = -(-hh // 50)                     # micro-grids of at most 50 households
        for p, size in enumerate(spread(hh, parts), start=1):
            G.append([f"{grid}{p:02d}", f"{name}第{k}网格第{p}微网格", grid, 5, "", size, ""])
        for role, person in (("grid-leader", "网格长"), ("grid-worker", "专职网格员"), ("micro-grid-liaison", "微网格联络员")):
            S.append([f"stxc-{grid_no:02d}-{role}", f"{name}第{k}网格{person}", role, grid])
        S.append([f"stxc-{grid_no:02d}-volunteer", f"{name}第{k}网格志愿者", "volunteer", grid])
write("eco-new-town", "grids.csv", ["code", "name", "parent_code", "level", "kind", "households", "layer"], G)
write("eco-new-town", "staff.csv", ["staff_id", "name", "role", "grid_code"], S)
print("written")
