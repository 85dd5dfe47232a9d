import json, re, os, glob
HERE=os.path.dirname(os.path.abspath(__file__))
AD=os.path.join(HERE,"..","articles")
def body(fn):
    t=open(os.path.join(AD,fn)).read()
    assert t.startswith("---\n"); parts=t.split("---\n",2); return parts[2]
norm=lambda s: re.sub(r"\s+"," ",s).strip().lower()
bad=0
# front matter / format checks
for fn in sorted(os.listdir(AD)):
    t=open(os.path.join(AD,fn)).read()
    fm=t.split("---\n")[1]
    assert re.search(r'^title: ".+"$',fm,re.M) and "publisher: Practice Wire" in fm and re.search(r"^date: (\d{4}-\d\d-\d\d)$",fm,re.M).group(1)==fn[:10], fn
    b=body(fn); w=len(b.split())
    assert b.strip().split("\n")[0].startswith(("TOKYO (Practice Wire) - ","WASHINGTON (Practice Wire) - ")), fn
    print(fn, "body words", w); assert 350<=w<=700
for f in ["questions.jsonl","dialogues.jsonl"]:
    for line in open(os.path.join(HERE,"..",f)):
        d=json.loads(line)
        if d["in_scope"]:
            b=norm(body(d["seed"]))
            for a in d["answers"]:
                if norm(a) not in b: print("MISSING",d["id"],a); bad+=1
                if len(a.split())>6: print("LONG",d["id"],a)
        else:
            assert d["answers"]==[] and d["seed"] is None, d["id"]
print("missing:",bad)
