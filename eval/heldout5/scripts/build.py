import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
A = "2021-04-17-biden-suga-launch-core-partnership.md"
B = "2024-04-13-kishida-ends-us-state-visit-at-toyota-battery-plant.md"
C = "2025-02-08-ishiba-pledges-1-trillion-investment-at-trump-summit.md"
D = "2025-06-15-trump-clears-nippon-steel-deal-with-golden-share.md"
E = "2025-07-10-japan-vows-more-talks-after-trump-25-percent-letter.md"
Q = [
# A: April 2021 Biden-Suga summit, CoRe partnership
("how much r the us n japan putting into 5g / beyond 5g combined under the core thing", ["$4.5 billion"], A, "number"),
("who was the 1st foreign leader biden had over at the white house", ["Yoshihide Suga", "Suga"], A, "who"),
("why did the suga biden summit get pushed back a week", ["coronavirus precautions"], A, "why"),
("before 2021 when was the last time us + japanese leaders mentioned taiwan in a joint statement", ["1969"], A, "when"),
("what research areas does the us-japan core partnership cover", ["biotechnology", "artificial intelligence", "quantum science", "civil space"], A, "list"),
("5g money in the 2021 deal: how much from washington vs tokyo?", ["$2.5 billion", "$2 billion"], A, "comparison"),
("did biden's crew agree to hop back into the pacific rim accord trump ditched when suga came to town?", ["not rejoin the pact anytime soon"], A, "paraphrase"),
# B: April 2024 Kishida state visit
("how many jobs is toyotas nc battery plant supposed to bring", ["more than 5,000", "5,000 new jobs"], B, "number"),
("how much is microsoft investing in japan, announced when kishida was in dc", ["$2.9 billion"], B, "number"),
("who runs toyota motor north america", ["Tetsuo Ogawa", "Ogawa"], B, "who"),
("why did kishida go to north carolina of all places", ["swing state", "how many jobs they create"], B, "why"),
("when's the toyota battery factory in north carolina supposed to start running", ["in 2025"], B, "when"),
("biden vs kishida on the nippon steel deal at the april 2024 presser?", ["commitment to American workers", "positive for both sides"], B, "comparison"),
("what did america's envoy in tokyo tell the beltway crowd about the steel spat, windy city style", ["you got to chill"], B, "paraphrase"),
# C: Feb 2025 Trump-Ishiba summit
("how big does trump say the trade deficit w japan is", ["$100 billion"], C, "number"),
("trump's number for the japan trade gap vs what the official data says", ["$68.5 billion", "$100 billion"], C, "comparison"),
("which japanese companies did ishiba point to for new us factories in feb 2025", ["Toyota", "Isuzu"], C, "list"),
("what company name did trump keep mixing up nippon steel with", ["Nissan"], C, "factoid"),
("when was trump planning to roll out the reciprocal tariffs, per the ishiba presser", ["next week"], C, "when"),
("who's the keizai doyukai guy who called the trump ishiba summit a brilliant outcome", ["Takeshi Niinami", "Niinami"], C, "who"),
("why does trump think getting the japan deficit to even will be easy", ["energy sales", "liquefied natural gas"], C, "why"),
# D: June 2025 Nippon Steel approval with golden share
("how much new investment by 2028 does the nippon steel security agreement call for", ["about $11 billion", "$11 billion"], D, "number"),
("what can't us steel do w/o the president signing off under the golden share", ["move its headquarters out of Pittsburgh", "change its name", "close or idle plants"], D, "list"),
("lutnick's investment figure vs the one the companies gave?", ["$14 billion", "$11 billion"], D, "comparison"),
("when did biden block the nippon deal again", ["Jan. 3"], D, "when"),
("who's the white house spokesman who said us steel stays in pennsylvania", ["Kush Desai", "Desai"], D, "who"),
("how did the pittsburgh mill operator's stock move in late trading once potus signed off", ["rose $2.66, or 5%", "$54.85"], D, "paraphrase"),
("why is the usw so skeptical of the nippon steel promises", ["Binding commitments are hard", "not taken part in the talks"], D, "why"),
# E: July 2025 tariff letter
("what tariff rate did trumps july 2025 letter set for japan", ["25%"], E, "number"),
("when does the new tarrif on japan kick in per the letter", ["Aug. 1"], E, "when"),
("who is japan's chief negotiator on the us tariffs in july 2025", ["Ryosei Akazawa", "Akazawa"], E, "who"),
("according to ishiba why havent japan and the us closed a deal yet", ["could not compromise", "a reference to autos"], E, "why"),
("which countries got the highest rate in trump's july 7 letters", ["Laos and Myanmar"], E, "list"),
("how many times has tokyo's point man flown over since spring w/o sealing anything", ["seven trips"], E, "paraphrase"),
("does akazawa have any new offers for the us after the letter?", ["Everything necessary is on the table"], E, "factoid"),
]
OOS = [
("how many people work at the honda aircraft plant kishida toured in nc", "number"),
("how many board seats does the us govt get to fill under the us steel golden share", "number"),
("when did toyota first announce the north carolina battery plant", "when"),
("when does microsoft's new tokyo research lab actually open", "when"),
("when did biden and suga meet again after the april 2021 summit", "when"),
("why did trump pick 40% for laos and myanmar in the july letters", "why"),
("who represents the federal govt on us steel's board under the golden share deal", "who"),
("what us goods besides lng, ethanol and ammonia did japan promise to buy in feb 2025", "list"),
("how does japan's 25% rate in the july 2025 letters compare w the rate malaysia got in the same batch", "comparison"),
("how does the $4.5bn us-japan 5g pot compare with huawei's r&d budget", "comparison"),
("what's the name of the us-japan chip supply chain working group set up after suga's visit", "factoid"),
("what did south korea's govt say about its own 25% letter from trump", "factoid"),
]
NOISE = [
"qwlkej zxmn 99 ;;; poiu ttt",
"\U0001F1EF\U0001F1F5\U0001F91D\U0001F1FA\U0001F1F8 ??? \U0001F525\U0001F525\U0001F4B0",
"anyone know a good ramen place near the office? asking for lunch today lol",
]
items = []
for q, a, s, k in Q: items.append(dict(question=q, in_scope=True, answers=a, seed=s, kind=k))
for q, k in OOS: items.append(dict(question=q, in_scope=False, answers=[], seed=None, kind=k))
for q in NOISE: items.append(dict(question=q, in_scope=False, answers=[], seed=None, kind="noise"))
random.Random(20261206).shuffle(items)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for i, d in enumerate(items, 1):
        f.write(json.dumps({"id": f"h5q{i:03d}", **d}, ensure_ascii=False) + "\n")
print("questions", len(items), "in scope", sum(d["in_scope"] for d in items))

DL = [
(["what did biden and suga agree on 5g in april 2021?"], "how much is the us putting in?", True, ["$2.5 billion"], A, "followup-number"),
(["who was the first foreign leader biden hosted in person at the white house?"], "why did his visit get delayed?", True, ["coronavirus precautions"], A, "followup-why"),
(["what did the 2021 biden-suga statement say about taiwan?"], "and what did china say?", True, ["China's embassy in Washington", "could not be more ironic", "free and open"], A, "followup-ellipsis"),
(["what's the core partnership between the us and japan?"], "tell me more", True, ["biotechnology", "1.5 degrees Celsius", "net-zero greenhouse gas emissions", "Global Digital Connectivity Partnership"], A, "followup-more"),
(["what did toyota tell kishida about its north carolina battery plant?"], "when does it open?", True, ["in 2025"], B, "followup-when"),
(["what did biden say about nippon steel at the kishida press conference?"], "and kishida?", True, ["positive for both sides", "proper procedures under the law", "cement this win-win"], B, "followup-ellipsis"),
(["who told people in dc to 'chill' about the nippon steel deal?"], "what's his job?", True, ["U.S. ambassador to Japan"], B, "followup-pronoun"),
(["what did microsoft announce during kishida's april 2024 visit?"], "how many people will it train?", True, ["more than 3 million"], B, "followup-number"),
(["what did ishiba promise trump in feb 2025?"], "how much has japan already invested there?", True, ["$783.3 billion"], C, "followup-number"),
(["what did trump say about nippon steel at the ishiba press conference?"], "what name did he use for it?", True, ["Nissan"], C, "followup-pronoun"),
(["who's the japanese business leader who praised the feb 2025 trump-ishiba summit?"], "what's he still worried about?", True, ["development of reciprocal tariffs", "reciprocal tariffs"], C, "followup-pronoun"),
(["what did trump sign on nippon steel in june 2025?"], "why does the order let the deal go ahead?", True, ["adequately addressed", "agreement's conditions"], D, "followup-why"),
(["what powers does the us steel golden share give?"], "who spelled that out?", True, ["Howard Lutnick", "Lutnick"], D, "followup-who"),
(["when did biden block nippon steel buying us steel?", "why?"], "and when did trump order a new review?", True, ["April 7"], D, "followup-when"),
(["what does the june 2025 national security agreement for nippon steel require, according to the companies?"], "tell me more", True, ["$54.85", "wholly owned subsidiary", "move its headquarters out of Pittsburgh", "change its name"], D, "followup-more"),
(["what did ishiba say about trump's 25% tariff letter?"], "why does it matter so much for his party right now?", True, ["uphill battle", "July 20"], E, "followup-why"),
(["who is japan's chief negotiator in the 2025 tariff talks?", "how many times has he gone to the us?"], "who did he talk to after the letter?", True, ["Howard Lutnick", "Lutnick"], E, "followup-who"),
(["what did biden and suga agree on 5g?", "and on climate?"], "what tariff rate does trump's july 2025 letter set for japan?", True, ["25%"], E, "standalone-control"),
(["what did ishiba promise on lng at the feb 2025 trump summit?"], "how many tons a year?", False, [], None, "followup-number"),
(["how did ishiba react to trump's 25% tariff letter in july 2025?"], "and south korea's president?", False, [], None, "followup-ellipsis"),
]
with open(os.path.join(OUT, "dialogues.jsonl"), "w") as f:
    for i, (h, q, ins, a, s, k) in enumerate(DL, 1):
        f.write(json.dumps({"id": f"h5d{i:03d}", "history": h, "question": q, "in_scope": ins, "answers": a, "seed": s, "kind": k}, ensure_ascii=False) + "\n")
print("dialogues", len(DL), "in scope", sum(d[2] for d in DL))
