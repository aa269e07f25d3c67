import json,re,sys,glob,os
def parse(ann):
    rows=[]
    for ln in open(ann,encoding='utf-8'):
        ln=ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        p=ln.split('\t')
        while len(p)<4: p.append('')
        rows.append(p)
    return rows
def resolve(text,rows,name):
    cur=0; out=[]
    for k,s,i,at in rows:
        pos=cur
        while True:
            j=text.find(s,pos)
            if j<0: raise SystemExit(f'{name}: surface not found: {s!r} after {pos}')
            e=j+len(s)
            okl= j==0 or not (text[j-1].isalnum()) or not s[0].isalnum()
            okr= e==len(text) or not (text[e].isalnum()) or not s[-1].isalnum()
            if okl and okr: break
            pos=j+1
        cur=e
        if k=='-': continue
        attrs={}
        for kv in at.split(';'):
            if '=' in kv:
                a,b=kv.split('=',1)
                if b: attrs[a.strip()]=b.strip()
        if k=='funding':
            i=i or (attrs.get('currency','')+' '+attrs.get('amount',''))
        assert text[j:e]==s
        m={'kind':k,'start':j,'end':e,'surface':s,'entityId':i}
        if attrs: m['attributes']=attrs
        out.append(m)
    out.sort(key=lambda m:(m['start'],m['end']))
    for a,b in zip(out,out[1:]):
        if b['start']<a['end'] and a['kind']==b['kind']: raise SystemExit(f'{name}: overlap {a} {b}')
    return out
def show(text,ms):
    s=[];p=0
    for m in ms:
        s.append(text[p:m['start']]); s.append('[['+text[m['start']:m['end']]+'|'+m['kind'][:2]+':'+m['entityId']+(' '+json.dumps(m.get('attributes')) if m.get('attributes') else '')+']]'); p=m['end']
    s.append(text[p:]); return ''.join(s)
if __name__=='__main__':
    for n in sys.argv[1:]:
        t=open(n+'.txt',encoding='utf-8').read()
        ms=resolve(t,parse(n+'.ann'),n)
        print('=====',n, json.load(open(n+'.src.json')).get('heading',''))
        print(show(t,ms))
