import json,re,os,sys,glob
import os
W=json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../../../shared/corpus/countries/world-countries.json')))
country={}
for c in W:
    code=c['cca2']
    names={c['name']['common'],c['name']['official']}
    for d in (c.get('demonyms') or {}).get('eng',{}).values():
        if d: names.add(d)
    for n in names:
        if len(n)>3: country[n]=code
extra={'UK':'GB','United Kingdom':'GB','Britain':'GB','Great Britain':'GB','British':'GB','Burma':'MM','Burmese':'MM','US':'US','USA':'US','United States':'US','American':'US','Ivory Coast':'CI',"Côte d'Ivoire":'CI','Democratic Republic of Congo':'CD','Democratic Republic of the Congo':'CD','DRC':'CD','Congolese':'CD','Palestine':'PS','Palestinian':'PS','Occupied Palestinian Territories':'PS','Russia':'RU','Syria':'SY','Iran':'IR','Vietnam':'VN','Viet Nam':'VN','Vietnamese':'VN','South Sudan':'SS','Sudanese':'SD','Afghan':'AF','Afghans':'AF','Iraqi':'IQ','Eritrean':'ER','Eritreans':'ER','Albanian':'AL','Albanians':'AL','Israeli':'IL','Ukrainian':'UA','Ukrainians':'UA','Nigerian':'NG','Nigerians':'NG','Rohingya':None,'Pakistani':'PK','Indian':'IN','Chinese':'CN','French':'FR','Turkey':'TR','Türkiye':'TR','Turkish':'TR','Czech Republic':'CZ','Moldova':'MD','Laos':'LA','Tanzania':'TZ','Bolivia':'BO','Venezuela':'VE','North Korea':'KP','South Korea':'KR','Kosovo':'XK'}
for k,v in extra.items():
    if v: country[k]=v
    elif k in country: del country[k]
for bad in ['Jersey','Georgia','Chad','Guinea','Niger','Jordan','Turkey','Dominica','Mali','Man']: pass
AG={
'Serious Organised Crime Agency':'SOCA','SOCA':'SOCA','UK Human Trafficking Centre':'UKHTC','UKHTC':'UKHTC','National Crime Agency':'NCA','NCA':'NCA',
'International Organisation for Migration':'IOM','International Organization for Migration':'IOM','IOM':'IOM','UNHCR':'UNHCR','UN Refugee Agency':'UNHCR','United Nations High Commissioner for Refugees':'UNHCR',
'Crown Prosecution Service':'CPS','CPS':'CPS','National Policing Improvement Agency':'NPIA','NPIA':'NPIA','HM Revenue and Customs':'HMRC','HMRC':'HMRC',
'Home Office':'Home Office','UK Border Agency':'UK Border Agency','Border Force':'Border Force','Council of Europe':'Council of Europe',
'United Nations':'UN','UN':'UN','European Union':'EU','EU':'EU','European Commission':'European Commission','Europol':'Europol','Interpol':'Interpol','INTERPOL':'Interpol',
'Foreign, Commonwealth and Development Office':'FCDO','FCDO':'FCDO','Foreign and Commonwealth Office':'FCO','FCO':'FCO','Department for International Development':'DFID','DFID':'DFID',
'Ministry of Justice':'MOJ','Ministry of Defence':'MOD','MOD':'MOD','MoD':'MOD','Department for Work and Pensions':'DWP','DWP':'DWP',
'Metropolitan Police Service':'Metropolitan Police','Metropolitan Police':'Metropolitan Police','Police Service of Northern Ireland':'PSNI','PSNI':'PSNI',
'UNRWA':'UNRWA','UNICEF':'UNICEF','World Food Programme':'WFP','WFP':'WFP','World Health Organization':'WHO','WHO':'WHO','World Bank':'World Bank','International Monetary Fund':'IMF','IMF':'IMF',
'NATO':'NATO','OSCE':'OSCE','International Criminal Court':'ICC','ICC':'ICC','International Court of Justice':'ICJ','ICJ':'ICJ','Salvation Army':'Salvation Army',
'Immigration Enforcement':'Immigration Enforcement','College of Policing':'College of Policing','Gangmasters and Labour Abuse Authority':'GLAA','GLAA':'GLAA','Global Fund':'Global Fund',
'Department of Health':'Department of Health','Cabinet Office':'Cabinet Office','HM Treasury':'HM Treasury','Treasury':'HM Treasury','Legal Aid Agency':'Legal Aid Agency','Legal Services Commission':'Legal Services Commission',
'Ministry of Housing, Communities and Local Government':'MHCLG','MHCLG':'MHCLG','Department for Levelling Up, Housing and Communities':'DLUHC','Department for Environment, Food and Rural Affairs':'DEFRA','Defra':'DEFRA','DEFRA':'DEFRA',
'Department for Business and Trade':'DBT','Department of Health and Social Care':'DHSC','DHSC':'DHSC','Department for Education':'DfE','Department for Transport':'DfT','Office for National Statistics':'ONS','ONS':'ONS',
'British Council':'British Council','Red Cross':'Red Cross','ICRC':'ICRC','International Committee of the Red Cross':'ICRC','OCHA':'OCHA','UNFPA':'UNFPA','UNDP':'UNDP','UN Women':'UN Women','UNODC':'UNODC','African Union':'AU',
'Hamas':None,
}
AG={k:v for k,v in AG.items() if v}
def alts(d):
    return sorted(d,key=len,reverse=True)
agre=re.compile(r'(?<![\w-])('+'|'.join(map(re.escape,alts(AG)))+r'|[A-Z][a-z]+(?: [A-Z][a-z]+)*? (?:Constabulary|Police))(?![\w-])')
cre=re.compile(r'(?<![\w-])('+'|'.join(map(re.escape,alts(country)))+r')(?![\w-])')
mre=re.compile(r'(?:£|€|US\$|\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?',re.I)
ore=re.compile(r'Operation(?:s)? [A-Z][a-z]+(?: \d+)?')
MULT={'million':1e6,'m':1e6,'billion':1e9,'bn':1e9,'k':1e3}
def amount(s):
    m=re.match(r'(£|€|US\$|\$)\s?([\d,]+(?:\.\d+)?)\s?(million|billion|bn|m|k)?',s,re.I)
    cur={'£':'GBP','€':'EUR','US$':'USD','$':'USD'}[m.group(1)]
    from decimal import Decimal
    v=Decimal(m.group(2).replace(',',''))*Decimal(int(MULT[m.group(3).lower()]) if m.group(3) else 1)
    v=format(v.normalize(),'f')
    return v,cur
def pre(text):
    out=[]
    spans=[]
    for m in agre.finditer(text):
        s=m.group(1); out.append((m.start(),'agency',s,AG.get(s,s),'')); spans.append((m.start(),m.end()))
    for m in ore.finditer(text):
        s=m.group(0); out.append((m.start(),'operation',s,s.split(' ',1)[1],''))
    for m in cre.finditer(text):
        if any(a<=m.start()<b for a,b in spans): continue
        out.append((m.start(),'country',m.group(1),country[m.group(1)],''))
    for m in mre.finditer(text):
        v,c=amount(m.group(0)); out.append((m.start(),'funding',m.group(0).strip(),'',f'amount={v};currency={c};funding=true;recipient='))
    out.sort()
    return out
for d in sys.argv[1:]:
    for t in sorted(glob.glob(d+'/*.txt')):
        a=t[:-4]+'.ann'
        if os.path.exists(a): continue
        text=open(t,encoding='utf-8').read()
        with open(a,'w') as f:
            for _,k,s,i,at in pre(text): f.write('\t'.join([k,s,i,at]).rstrip('\t')+'\n')
