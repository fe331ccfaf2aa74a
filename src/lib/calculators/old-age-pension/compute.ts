/**
 * How much will my old-age pension be? Law "Par valsts pensijām", Art. 11–12 and the transitional
 * provisions: monthly pension = (initial capital + notional capital [+ funded-pillar capital]) / G / 12,
 * with the rules in force on the day the pension starts. The start date comes from the retirement-age
 * schedules (src/lib/pension/schedule.ts); the capital from src/lib/pension/capital.ts; G from
 * src/lib/pension/g.ts; the minimum pension from src/lib/pension/minimum.ts.
 *
 * Most people retire after the tables end, so the wages of future (and, when only today's salary is
 * known, past) years, the capital indices not yet determined and G not yet published are assumptions:
 * they are inputs with visible defaults (data/pension/projection-assumptions.json), and every step and
 * table row that uses them says so.
 */
import { addYearsMonths, ageOn, type IsoDate } from '$lib/engine/dates';
import { Dec, roundMoney, type RoundingNote } from '$lib/engine/decimal';
import {
	CannotAnswerError,
	dateValue,
	money,
	step,
	text,
	type Display,
	type Figure,
	type Msg,
	type Outcome,
	type ResultTable,
	type Step
} from '$lib/engine/explain';
import { requireAt, rowsInForce } from '$lib/engine/tables';
import {
	actualisationFactor,
	initialCapitalFor,
	initialCapitalRule,
	notionalCapital,
	yearOf,
	type Factor,
	type YearCapital,
	type YearWage
} from '$lib/pension/capital';
import { gFor, type GUsed } from '$lib/pension/g';
import { minimumPension } from '$lib/pension/minimum';
import { cappedSchedule, earliestDate } from '$lib/pension/schedule';
import { pensionSupplement, projectionAssumptions } from '$lib/pension/tables';
import { ageTableFor, earlyShare, generalAge, recordTableFor } from '../retirement-age/tables';
import type { MODES, ROUTES } from './form';

const PRIMARY = ['monthlyPension', 'pensionDate', 'totalCapital'];
/** At most this many bars in the capital chart: a long career is shown every fifth year. */
const MAX_BARS = 20;

export interface OldAgeInput {
	birthDate: IsoDate;
	route: (typeof ROUTES)[number];
	mode: (typeof MODES)[number];
	salary?: string;
	startYear?: number;
	wages?: string[];
	capital?: string;
	growth?: string;
	fundedMember: boolean;
	fundedCapital?: string;
	recordBefore1996?: number;
	wage1996to1999?: string;
	record?: number;
	g?: string;
}

const num = (v: Dec | string, unit?: 'years'): Display => ({ type: 'number', value: new Dec(v).toString(), unit });
const ratio = (v: Dec): Display => ({ type: 'number', value: v.toDecimalPlaces(4).toString() });
const pct = (v: Dec | string): Display => ({ type: 'percent', value: new Dec(v).toDecimalPlaces(2).toString() });
const age = (a: { years: number; months: number }): Display => ({ type: 'age', years: a.years, months: a.months });

/** Annual contribution wages for every year that counts, with what each rests on. */
export function yearWages(input: OldAgeInput, asOfYear: number, lastYear: number, growth: Dec): YearWage[] {
	const out: YearWage[] = [];
	const g = growth.div(100).plus(1);
	const basisOf = (y: number) => (y < asOfYear ? 'estimated' : y === asOfYear ? 'given' : 'projected');
	if (input.mode === 'wages') {
		const list = input.wages ?? [];
		const first = input.startYear!;
		list.forEach((w, i) => {
			if (first + i <= lastYear) out.push({ year: first + i, wage: new Dec(w), basis: 'given' });
		});
		let next = new Dec(list[list.length - 1] ?? '0');
		for (let y = first + list.length; y <= lastYear; y++) {
			next = roundMoney(next.times(g)).value;
			out.push({ year: y, wage: next, basis: 'projected' });
		}
		return out;
	}
	const annual = new Dec(input.salary ?? '0').times(12);
	const from = input.mode === 'capital' ? asOfYear : input.startYear!;
	// Back from today's salary and forward from it, one year at a time.
	const byYear = new Map<number, Dec>([[asOfYear, annual]]);
	// Each worked-out wage is kept to the cent, like the wages it stands for.
	for (let y = asOfYear - 1; y >= from; y--) byYear.set(y, roundMoney(byYear.get(y + 1)!.div(g)).value);
	for (let y = asOfYear + 1; y <= lastYear; y++) byYear.set(y, roundMoney(byYear.get(y - 1)!.times(g)).value);
	for (let y = from; y <= lastYear; y++) out.push({ year: y, wage: byYear.get(y)!, basis: basisOf(y) });
	return out;
}

export interface Estimate {
	grantDate: IsoDate;
	ageYears: number;
	years: YearCapital[];
	/** Capital from the statement, actualised to the year of granting (capital mode). */
	statement?: { value: Dec; factor: Factor; year: number };
	notional: Dec;
	initial?: ReturnType<typeof initialCapitalFor>;
	funded: Dec;
	total: Dec;
	g: GUsed;
	pension: Dec;
	rounding: RoundingNote;
	projected: boolean;
}

/** The pension granted on `grantDate` with these inputs. */
export function estimateAt(input: OldAgeInput, grantDate: IsoDate, asOf: IsoDate, growth: Dec): Estimate {
	const assumedIndex = growth.div(100).plus(1);
	const asOfYear = yearOf(asOf);
	const wages = yearWages(input, asOfYear, yearOf(grantDate), growth);
	const years = notionalCapital(wages, grantDate, input.fundedMember, assumedIndex);
	let notional = years.reduce((s, y) => s.plus(y.actualised), new Dec(0));
	let statement: Estimate['statement'];
	if (input.mode === 'capital') {
		const f = actualisationFactor(asOfYear - 1, grantDate, assumedIndex);
		const value = new Dec(input.capital ?? '0').times(f.value);
		statement = { value, factor: f, year: asOfYear - 1 };
		notional = notional.plus(value);
	}
	let initial: Estimate['initial'];
	if ((input.recordBefore1996 ?? 0) > 0) {
		const byYear = new Map(wages.map((w) => [w.year, w.wage]));
		const avg = input.wage1996to1999;
		initial = initialCapitalFor(
			input.recordBefore1996!,
			(y) => (avg !== undefined ? new Dec(avg).times(12) : (byYear.get(y) ?? new Dec(0))),
			grantDate,
			assumedIndex
		);
	}
	const funded = input.fundedMember && input.fundedCapital ? new Dec(input.fundedCapital) : new Dec(0);
	const total = notional.plus(initial?.value ?? 0).plus(funded);
	const ageYears = ageOn(input.birthDate, grantDate).years;
	const g = gFor(grantDate, ageYears, input.g);
	const r = roundMoney(total.div(g.value).div(12));
	const projected =
		years.some((y) => y.basis !== 'given' || y.factor.indices.some((i) => i.projected)) ||
		g.kind === 'latest-known' ||
		(initial?.indicesProjected ?? false);
	return { grantDate, ageYears, years, statement, notional, initial, funded, total, g, pension: r.value, rounding: r.rounding, projected };
}

export function computeOldAgePension(input: OldAgeInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];

	// 1. When: the retirement-age schedule (general, or early with the general age as the cap).
	const table = ageTableFor(input.route);
	const found = earliestDate(input.birthDate, cappedSchedule(table, input.route === 'general' ? undefined : generalAge));
	if (found.kind !== 'found') {
		throw new CannotAnswerError({
			key: found.kind === 'before-schedule' ? 'cannot.beforeSchedule' : 'cannot.afterSchedule',
			params: { date: dateValue(found.kind === 'before-schedule' ? found.scheduleFrom : found.until) }
		});
	}
	const grantDate = found.date;
	steps.push(
		step(
			'pensionDate',
			{ key: `steps.pensionDate.${input.route}` },
			{
				value: dateValue(grantDate),
				detail: { key: 'steps.pensionDateDetail', params: { birth: dateValue(input.birthDate), age: age(found.segment.age) } },
				rows: found.segment.rows
			}
		)
	);

	// 2. The assumptions, stated before they are used.
	const assumptionRow = requireAt(projectionAssumptions, asOf);
	const growth = new Dec(input.growth ?? assumptionRow.value.wageGrowth);
	steps.push(
		step(
			'assumptions',
			{ key: 'steps.assumptions' },
			{
				value: pct(growth),
				detail: { key: input.growth === undefined ? 'steps.assumptionsDefault' : 'steps.assumptionsGiven' },
				rows: input.growth === undefined ? [assumptionRow] : []
			}
		)
	);

	const e = estimateAt(input, grantDate, asOf, growth);

	// 3. The notional capital, year by year.
	const rateRows = [...new Map(e.years.flatMap((y) => y.rateRows).map((r) => [`${r.table}@${r.validFrom}`, r])).values()];
	const indexRows = e.years.length > 0 ? [e.years[0].factor.series] : [];
	const projectedYears = e.years.filter((y) => y.basis === 'projected').length;
	const estimatedYears = e.years.filter((y) => y.basis === 'estimated').length;
	const projectedIndices = new Set(e.years.flatMap((y) => y.factor.indices.filter((i) => i.projected).map((i) => i.year)));
	if (e.years.length > 0) {
		steps.push(
			step(
				'contributions',
				{ key: 'steps.contributions', params: { from: e.years[0].year, to: e.years[e.years.length - 1].year } },
				{
					value: money(e.years.reduce((s, y) => s.plus(y.contribution), new Dec(0)).toFixed(2)),
					detail: {
						key: input.fundedMember ? 'steps.contributionsFunded' : 'steps.contributionsDetail',
						params: { estimated: estimatedYears, projected: projectedYears }
					},
					rows: rateRows
				}
			)
		);
		steps.push(
			step(
				'actualised',
				{ key: 'steps.actualised', params: { year: yearOf(grantDate) } },
				{
					value: money(e.years.reduce((s, y) => s.plus(y.actualised), new Dec(0)).toFixed(2)),
					detail: {
						key: projectedIndices.size > 0 ? 'steps.actualisedProjected' : 'steps.actualisedDetail',
						params: { year: yearOf(grantDate), projected: projectedIndices.size, index: ratio(growth.div(100).plus(1)) }
					},
					rows: indexRows
				}
			)
		);
	}
	if (e.statement) {
		steps.push(
			step(
				'statement',
				{ key: 'steps.statement', params: { year: e.statement.year } },
				{
					value: money(e.statement.value.toFixed(2)),
					detail: { key: 'steps.statementDetail', params: { capital: money(input.capital!), factor: ratio(e.statement.factor.value) } },
					rows: [e.statement.factor.series]
				}
			)
		);
	}
	// 4. The initial capital for record before 1996.
	if (e.initial) {
		const rule = e.initial.rule;
		steps.push(
			step(
				'initialCapital',
				{ key: 'steps.initialCapital' },
				{
					value: money(e.initial.value.toFixed(2)),
					detail: {
						key: input.wage1996to1999 !== undefined ? 'steps.initialCapitalGiven' : 'steps.initialCapitalWages',
						params: {
							vi: money(e.initial.vi.toFixed(2)),
							years: num(String(e.initial.recordYears), 'years'),
							rate: pct(rule.value.rate),
							months: rule.value.averagingMonths,
							from: rule.value.wageFromYear,
							to: rule.value.wageToYear
						}
					},
					rows: [rule]
				}
			)
		);
	} else {
		const rule = initialCapitalRule(grantDate);
		steps.push(
			step('initialCapital', { key: 'steps.noInitialCapital', params: { year: rule.value.recordUntilYear } }, { value: money('0') })
		);
	}
	if (!e.funded.isZero()) {
		steps.push(step('funded', { key: 'steps.funded' }, { value: money(e.funded.toFixed(2)) }));
	}
	steps.push(step('totalCapital', { key: 'steps.totalCapital' }, { value: money(e.total.toFixed(2)) }));

	// 5. G and the pension.
	steps.push(
		step(
			'g',
			{ key: 'steps.g', params: { age: num(String(e.ageYears), 'years') } },
			{
				value: num(e.g.value),
				detail:
					e.g.kind === 'user'
						? { key: 'steps.gUser' }
						: e.g.kind === 'latest-known'
							? { key: 'steps.gLatest', params: { year: yearOf(grantDate), from: dateValue(e.g.row.validFrom) } }
							: undefined,
				rows: e.g.kind === 'user' ? [] : [e.g.row]
			}
		)
	);
	if (e.g.kind === 'latest-known') {
		notices.push({
			key: 'notices.gLatest',
			params: { year: yearOf(grantDate), value: num(e.g.value), from: dateValue(e.g.row.validFrom) }
		});
	}
	steps.push(
		step(
			'pension',
			{ key: e.projected ? 'steps.pensionProjected' : 'steps.pension' },
			{
				value: money(e.pension),
				detail: { key: 'steps.pensionDetail', params: { total: money(e.total.toFixed(2)), g: num(e.g.value) } },
				rounding: e.rounding
			}
		)
	);

	// 6. The minimum pension, where it lifts the amount.
	let paid = e.pension;
	const figures: Figure[] = [];
	if (input.record !== undefined) {
		const min = minimumPension(grantDate, input.record);
		if (min) {
			const lifts = min.value.gt(e.pension);
			steps.push(
				step(
					'minimum',
					{ key: lifts ? 'steps.minimumLifts' : 'steps.minimum' },
					{
						value: money(min.value),
						detail: {
							key: min.rule.value.method === 'bands' ? 'steps.minimumBands' : 'steps.minimumLinear',
							params: {
								base: money(min.base.value.general),
								coef: num(min.coefficient),
								years: num(String(min.extraYears), 'years'),
								percent: pct(min.rule.value.perYearPercent ?? '0')
							}
						},
						rows: [min.rule, min.base],
						rounding: min.rounding
					}
				)
			);
			if (lifts) paid = min.value;
			figures.push({ id: 'minimum', label: { key: 'figures.minimum' }, value: money(min.value) });
		} else {
			notices.push({ key: 'notices.minimumUnknown', params: { date: dateValue(grantDate) } });
		}
		const early = recordTableFor('early');
		if (input.route === 'early' && early) {
			const need = requireAt(early, grantDate);
			if (new Dec(input.record).lt(need.value)) notices.push({ key: 'notices.earlyRecord', params: { need: num(need.value, 'years') } });
		}
	} else {
		notices.push({ key: 'notices.recordNotGiven' });
	}

	// 7. The supplement for record before 1996 is granted only to pensions granted until the end of 2011.
	const supplementRow = rowsInForce(pensionSupplement).pop()!;
	if ((input.recordBefore1996 ?? 0) > 0 && grantDate > supplementRow.value.grantedUntil) {
		steps.push(
			step(
				'supplement',
				{ key: 'steps.noSupplement', params: { until: dateValue(supplementRow.value.grantedUntil) } },
				{
					value: money('0'),
					rows: [supplementRow]
				}
			)
		);
	}

	figures.unshift(
		{
			id: 'monthlyPension',
			label: { key: e.projected ? 'figures.monthlyPensionProjected' : 'figures.monthlyPension' },
			value: money(paid)
		},
		{ id: 'pensionDate', label: { key: 'figures.pensionDate' }, value: dateValue(grantDate) },
		{ id: 'totalCapital', label: { key: 'figures.totalCapital' }, value: money(e.total.toFixed(2)) },
		{ id: 'g', label: { key: 'figures.g' }, value: num(e.g.value) }
	);
	if (e.initial) figures.push({ id: 'initialCapital', label: { key: 'figures.initialCapital' }, value: money(e.initial.value.toFixed(2)) });

	// 8. Early retirement: half until the general age, then the full amount.
	if (input.route === 'early') {
		const gen = earliestDate(input.birthDate, cappedSchedule(generalAge, undefined));
		const share = requireAt(earlyShare, grantDate);
		const half = roundMoney(paid.times(share.value).div(100));
		if (gen.kind === 'found') {
			steps.push(
				step(
					'earlyPaid',
					{ key: 'steps.earlyPaid', params: { until: dateValue(gen.date) } },
					{
						value: money(half.value),
						detail: { key: 'steps.earlyPaidDetail', params: { share: pct(share.value), full: money(paid) } },
						rows: [share, ...gen.segment.rows],
						rounding: half.rounding
					}
				)
			);
			figures.push({ id: 'earlyPaid', label: { key: 'figures.earlyPaid' }, value: money(half.value) });
			figures.push({ id: 'fullPensionFrom', label: { key: 'figures.fullPensionFrom' }, value: dateValue(gen.date) });
		}
	}

	// 9. Retiring later: the same inputs, granted one, two and three years after the earliest date.
	const later = [1, 2, 3].map((k) => {
		try {
			return { k, e: estimateAt(input, addYearsMonths(grantDate, k, 0), asOf, growth) };
		} catch {
			return { k, e: undefined };
		}
	});
	const comparison: ResultTable = {
		id: 'comparison',
		caption: { key: 'comparison.caption' },
		columns: [
			{ id: 'when', label: { key: 'comparison.when' } },
			{ id: 'date', label: { key: 'comparison.date' } },
			{ id: 'capital', label: { key: 'comparison.capital' }, numeric: true },
			{ id: 'g', label: { key: 'comparison.g' }, numeric: true },
			{ id: 'pension', label: { key: 'comparison.pension' }, numeric: true }
		],
		rows: [{ k: 0, e }, ...later]
			.filter((x): x is { k: number; e: Estimate } => x.e !== undefined)
			.map((x) => [
				text(x.k === 0 ? 'comparison.earliest' : `comparison.later${x.k}`),
				dateValue(x.e.grantDate),
				money(x.e.total.toFixed(2)),
				num(x.e.g.value),
				money(x.e.pension)
			])
	};

	// 10. The capital year by year (CSV) and as a chart.
	const yearTable: ResultTable = {
		id: 'years',
		caption: { key: 'years.caption', params: { year: yearOf(grantDate) } },
		columns: [
			{ id: 'year', label: { key: 'years.year' } },
			{ id: 'wage', label: { key: 'years.wage' }, numeric: true },
			{ id: 'basis', label: { key: 'years.basis' } },
			{ id: 'rate', label: { key: 'years.rate' }, numeric: true },
			{ id: 'contribution', label: { key: 'years.contribution' }, numeric: true },
			{ id: 'factor', label: { key: 'years.factor' }, numeric: true },
			{ id: 'actualised', label: { key: 'years.actualised' }, numeric: true }
		],
		rows: e.years.map((y) => [
			num(String(y.year)),
			money(y.wage.toFixed(2)),
			text(`years.bases.${y.factor.indices.some((i) => i.projected) && y.basis === 'given' ? 'indexProjected' : y.basis}`),
			pct(y.rate),
			money(y.contribution.toFixed(2)),
			ratio(y.factor.value),
			money(y.actualised.toFixed(2))
		]),
		csv: true
	};
	let cumulative = e.statement?.value ?? new Dec(0);
	const points = e.years.map((y) => {
		cumulative = cumulative.plus(y.actualised);
		return { year: y.year, value: cumulative };
	});
	const step5 = points.length > MAX_BARS ? 5 : 1;
	const chartPoints = points.filter((p, i) => i === points.length - 1 || (p.year - points[0].year) % step5 === 0);

	if (e.projected) notices.unshift({ key: 'notices.projection', params: { growth: pct(growth) } });
	notices.push({ key: 'notices.whereFrom' });

	return {
		kind: 'result',
		primary: PRIMARY,
		summary: {
			key: e.projected ? 'summary.projected' : 'summary.result',
			params: { amount: money(paid), date: dateValue(grantDate) }
		},
		figures,
		steps,
		notices,
		tables: [comparison, yearTable],
		charts: [
			{
				type: 'bars',
				id: 'capital',
				title: { key: 'chart.title', params: { year: yearOf(grantDate) } },
				unit: 'eur',
				items: chartPoints.map((p) => ({ label: { key: 'chart.year', params: { year: p.year } }, value: p.value.toFixed(2) }))
			},
			{
				type: 'bars',
				id: 'later',
				title: { key: 'comparison.chart' },
				unit: 'eur',
				items: comparison.rows.map((r) => ({
					label: { key: 'chart.date', params: { date: r[1] } },
					value: (r[4] as { value: string }).value
				}))
			}
		]
	};
}
