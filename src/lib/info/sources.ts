/**
 * The pages the information pages rest on: each statement names one of these, with the date we
 * last read it ("checked on"). Official pages only where we could find one (isOfficialUrl marks the
 * rest as secondary on the page, as the rule tables do).
 */
export interface Source {
	/** The page's own title, in the language it is published in. */
	title: string;
	url: string;
	/** ISO date the page was last read. */
	checked: string;
	/** Language of the page, when it is not Latvian. */
	lang?: 'en';
}

const CHECKED = '2026-11-29';
const src = (title: string, url: string, lang?: 'en'): Source => ({ title, url, checked: CHECKED, ...(lang ? { lang } : {}) });

export const SOURCES = {
	standard: src('VSAA klientu apkalpošanas standarts', 'https://www.vsaa.gov.lv/lv/vsaa-klientu-apkalposanas-standarts-0'),
	vsaaContacts: src(
		'NVA: Biežāk uzdotie jautājumi (VSAA kontakti bezdarbnieka pabalsta jautājumos)',
		'https://www.nva.gov.lv/lv/biezak-uzdotie-jautajumi-nva'
	),
	oldAgePension: src(
		'Latvija.lv: Vecuma pensija',
		'https://www.latvija.lv/lv/PPK/Socialie-pakalpojumi/Sociala-apdrosinasana/p311/ProcesaApraksts'
	),
	pensionRules: src(
		'MK noteikumi Nr. 427 «Noteikumi par valsts pensijas piešķiršanas, pārrēķināšanas un izmaksas nosacījumiem un kārtību»',
		'https://likumi.lv/doc.php?id=283339'
	),
	recordBefore1996: src(
		'Latvija.lv: Dokumentu iesniegšana par personas darba stāžu līdz 1996. gadam',
		'https://latvija.lv/lv/PPK/socialie-pakalpojumi/pensijas-un-pensiju-zmaksas/p2141/CitaInformacija'
	),
	recordBefore1996Vsaa: src(
		'VSAA: Dokumentu iesniegšana par personas darba stāžu līdz 1996. gadam',
		'https://www.vsaa.gov.lv/lv/pakalpojumi/dokumentu-iesniegsana-par-personas-darba-stazu-lidz-1996gadam'
	),
	firstPillarCapital: src(
		'VSAA: Informācija par pensiju 1. līmeņa kapitālu',
		'https://www.vsaa.gov.lv/lv/pakalpojumi/informacija-par-pensiju-1-limena-kapitalu'
	),
	pensionForecast: src(
		'Latvija.lv: Informācija par prognozējamo vecuma pensijas apmēru',
		'https://latvija.lv/lv/PPK/dzives-situacija/apakssituacija/p1865/ProcesaApraksts'
	),
	parentalForecast: src(
		'VSAA: Informācija par vecāku pabalsta prognozējamo apmēru',
		'https://www.vsaa.gov.lv/lv/pakalpojumi/informacija-par-vecaku-pabalsta-prognozejamo-apmeru'
	),
	birthGrant: src('VSAA: Bērna piedzimšanas pabalsts', 'https://www.vsaa.gov.lv/lv/pakalpojumi/berna-piedzimsanas-pabalsts'),
	maternity: src('Latvija.lv: Maternitātes pabalsts', 'https://www.latvija.lv/lv/PPK/dzives-situacija/apakssituacija/p292/ProcesaApraksts'),
	paternity: src('VSAA: Paternitātes pabalsts', 'https://www.vsaa.gov.lv/lv/pakalpojumi/paternitates-pabalsts'),
	parental: src('Latvija.lv: Vecāku pabalsts', 'https://latvija.lv/lv/PPK/Gimene/Dzimsana/p489/ProcesaApraksts'),
	childcare: src(
		'Latvija.lv: Bērna kopšanas pabalsts',
		'https://www.latvija.lv/lv/PPK/dzives-situacija/apakssituacija/p302/DokumentiUnVeidlapas'
	),
	sicknessDecision: src(
		'VSAA: Par lēmuma pieņemšanas termiņu slimības pabalstu piešķiršanai',
		'https://www.vsaa.gov.lv/lv/jaunums/par-lemuma-pienemsanas-terminu-slimibas-pabalstu-pieskirsanai'
	),
	familyBenefit: src(
		'Latvija.lv: Ģimenes valsts pabalsts',
		'https://latvija.lv/lv/PPK/dzives-situacija/apakssituacija/p303/CitaInformacija'
	),
	unemployment: src('Latvija.lv: Bezdarbnieka pabalsts', 'https://latvija.lv/lv/PPK/dzives-situacija/apakssituacija/p294/ProcesaApraksts'),
	unemploymentDocs: src(
		'VSAA: Bezdarbnieka pabalsta pieprasīšana',
		'https://www.vsaa.gov.lv/pakalpojumi/stradajosajiem/bezdarbnieka-pabalsts/pabalsta-pieprasisana/'
	),
	unemployedStatus: src(
		'Latvija.lv: Bezdarbnieka vai darba meklētāja statusa iegūšana',
		'https://www.latvija.lv/lv/PPK/Socialie-pakalpojumi/Darba-meklesana/p473/ProcesaApraksts'
	),
	disabledCare: src(
		'Latvija.lv: Pabalsts personai ar invaliditāti, kurai nepieciešama kopšana',
		'https://latvija.lv/lv/PPK/socialie-pakalpojumi/pakalpojumi-invalidiem/p493/DokumentiUnVeidlapas'
	),
	a1Vsaa: src('VSAA: Darbs citā ES valstī (A1 sertifikāts)', 'https://www.vsaa.gov.lv/lv/darbs-cita-es-valsti-a1-sertifikats'),
	a1Card: src(
		'Latvija.lv: Sertifikāts vai dokuments par sociāli apdrošinātas personas statusa saglabāšanai Latvijā',
		'https://www.latvija.lv/lv/PPK/socialie-pakalpojumi/sociala-apdrosinasana/p279/CitaInformacija'
	),
	a1Process: src(
		'Latvija.lv: A1 sertifikāta pieprasīšana (procesa apraksts)',
		'https://www.latvija.lv/lv/PPK/Tiesibu-aizsardziba/Darba-devejiem/p279/ProcesaApraksts'
	),
	a1Changes: src(
		'VSAA: Changes in requesting an A1 certificate',
		'http://www.vsaa.gov.lv/en/article/changes-requesting-a1-certificate',
		'en'
	),
	ehic: src(
		'NVD: Eiropas veselības apdrošināšanas karte un aizvietojošais sertifikāts',
		'https://www.vmnvd.gov.lv/lv/pakalpojumi/eiropas-veselibas-apdrosinasanas-karte-un-aizvietojosais-sertifikats'
	),
	ehicValidity: src(
		'Aizkraukles novada pašvaldība: NVD atgādina par EVAK (derīguma termiņš trīs gadi)',
		'https://aizkraukle.lv/lv/jaunums/apdrosinasanas-karte-sabiedrotais-vasaras-celojumos'
	),
	reg883: src(
		'EU Monitor: Regulation 2004/883 – Coordination of social security systems (CELEX 32004R0883; applies from 1 May 2010)',
		'https://www.eumonitor.nl/9353000/1/j9tvgajcor7dxyk_j9vvik7m1c3gyxp/vitgbgigqpzb',
		'en'
	),
	reg883Title2: src(
		'Regulation (EC) No 883/2004, Title II (Articles 11–16), consolidated text',
		'https://legislation.gov.uk/cy/eur/2004/883/title/II/2004-04-29/data.xht?view=snippet&wrap=true',
		'en'
	),
	reg883Summary: src(
		'Summary of Regulation (EC) No 883/2004 on the coordination of social security systems',
		'https://www.politiekemonitor.nl/9353000/1/j4nvk6yhcbpeywk_j9tvgajcor7dxyk_j9vvij5epmj1ey0/vitgbgigqpzb',
		'en'
	),
	pensionPortal: src('Latvija.lv: Vecuma pensijas apmērs un saņemšana', 'https://mana.latvija.lv/vecuma-pensijas-apmers-un-sanemsana/'),
	eServices2021: src(
		'LV portāls: VSAA e-pakalpojumi – pieprasītākie portālā Latvija.lv',
		'https://lvportals.lv/skaidrojumi/333019-vsaa-e-pakalpojumi-pieprasitakie-portala-latvija-lv-ii-2021'
	),
	a1Explained: src(
		'LV portāls: Kas ir A1 sertifikāts, un kad tas nepieciešams, strādājot citā ES dalībvalstī (2024)',
		'https://lvportals.lv/skaidrojumi/362042-kas-ir-a1-sertifikats-un-kad-tas-nepieciesams-stradajot-cita-es-dalibvalsti-2024'
	),
	oneStop: src(
		'LV portāls: Kādus pakalpojumus var pieteikt vienotajos apkalpošanas centros (2023)',
		'https://lvportals.lv/skaidrojumi/352534-kadus-pakalpojumus-var-pieteikt-vienotajos-apkalposanas-centros-2023'
	),
	gValues: src(
		'VSAA: G vērtības vecuma pensijām, ko piešķirs vai pārrēķinās 2024. gadā',
		'https://www.vsaa.gov.lv/lv/jaunums/g-vertibas-vecuma-pensijam-ko-pieskirs-vai-parrekinas-2024gada'
	)
} satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
