import json, sys
sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from items import FIG, NOT
out = sys.argv[1] if len(sys.argv) > 1 else '/work/blind/figures-bk'
with open(out + '/figures-bk.jsonl', 'w', encoding='utf-8') as f:
    for d in FIG: f.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(out + '/not_figures-bk.jsonl', 'w', encoding='utf-8') as f:
    for d in NOT: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(FIG), 'chiffres', len(NOT), 'non-chiffres')
