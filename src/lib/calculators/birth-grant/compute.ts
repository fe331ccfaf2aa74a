/**
 * Bērna piedzimšanas pabalsts — the one-off birth grant (Valsts sociālo pabalstu likums, Art. 3(2)(1),
 * https://likumi.lv/ta/id/68483). One grant per child, to a parent, or to a guardian if the child is
 * taken into guardianship before the age set in the conditions table. The right arises on the child's
 * 8th day of life (or on the day guardianship is established); the amount in force on that day applies,
 * and the grant must be claimed within 6 months of it (table `state-benefits/birth-grant-conditions`).
 * The as-of date is treated as the day the person claims.
 */
import { addDaysIso, addYearsMonths, ageOn, daysBetween, type IsoDate } from '$lib/engine/dates';
import { Dec } from '$lib/engine/decimal';
import { dateValue, step, type Figure, type Msg, type Outcome, type Step } from '$lib/engine/explain';
import { eur } from '$lib/state-benefits/timeline';
import { requireAt } from '$lib/engine/tables';
import { birthGrantAmount, birthGrantConditions } from '$lib/state-benefits/tables';

/** The figures that answer the question, shown large (at most three of those present). */
const PRIMARY = ['amount', 'claimDeadline'];

export interface BirthGrantInput {
	event: 'birth' | 'guardianship';
	birthDate: IsoDate;
	guardianshipDate?: IsoDate;
	/** Children born (twins = 2); 1 when left empty. */
	children?: number;
	resident: boolean;
}

export function computeBirthGrant(input: BirthGrantInput, asOf: IsoDate): Outcome {
	const steps: Step[] = [];
	const notices: Msg[] = [];
	const reasons: Msg[] = [];
	const n = input.children ?? 1;
	const { birthDate } = input;
	const guardianship = input.event === 'guardianship' && input.guardianshipDate !== undefined;

	// 1. The day the right arises: the child's 8th day of life, or the day guardianship is established.
	const eventDate = guardianship ? input.guardianshipDate! : birthDate;
	const conditions = requireAt(birthGrantConditions, eventDate);
	const c = conditions.value;
	let rightDate: IsoDate;
	if (guardianship) {
		rightDate = input.guardianshipDate!;
		const ageAt = ageOn(birthDate, rightDate);
		const limit = addYearsMonths(birthDate, c.guardianshipBeforeAgeYears, 0);
		const inTime = rightDate < limit;
		steps.push(
			step(
				'guardianshipAge',
				{ key: 'steps.guardianshipAge' },
				{
					value: { type: 'age', years: ageAt.years, months: ageAt.months },
					detail: {
						key: 'steps.guardianshipAgeDetail',
						params: { limit: { type: 'number', value: String(c.guardianshipBeforeAgeYears), unit: 'years' } }
					},
					rows: [conditions]
				}
			)
		);
		if (!inTime) {
			reasons.push({
				key: 'reasons.guardianshipAge',
				params: {
					age: { type: 'age', years: ageAt.years, months: ageAt.months },
					limit: { type: 'number', value: String(c.guardianshipBeforeAgeYears), unit: 'years' },
					date: dateValue(limit)
				}
			});
		}
	} else {
		rightDate = addDaysIso(birthDate, c.rightArisesOnDayOfLife - 1);
	}
	steps.push(
		step(
			'rightDate',
			{ key: 'steps.rightDate' },
			{
				value: dateValue(rightDate),
				detail: guardianship
					? { key: 'steps.rightDateGuardianship' }
					: { key: 'steps.rightDateBirth', params: { birth: dateValue(birthDate), day: c.rightArisesOnDayOfLife } },
				rows: [conditions]
			}
		)
	);

	// 2. The amount in force on that day, per child.
	const amountRow = requireAt(birthGrantAmount, rightDate);
	const amount = new Dec(amountRow.value);
	const total = amount.times(n);
	steps.push(step('amount', { key: 'steps.amount', params: { date: dateValue(rightDate) } }, { value: eur(amount), rows: [amountRow] }));
	steps.push(
		step(
			'total',
			{ key: 'steps.total' },
			{
				value: eur(total),
				detail: {
					key: 'steps.totalDetail',
					params: { amount: eur(amount), children: { type: 'number', value: String(n), unit: 'children' } }
				}
			}
		)
	);

	// 3. The claim period: 6 months from the day the right arises.
	const deadline = addYearsMonths(rightDate, 0, c.claimWithinMonths);
	steps.push(
		step(
			'deadline',
			{ key: 'steps.deadline' },
			{
				value: dateValue(deadline),
				detail: {
					key: 'steps.deadlineDetail',
					params: { months: { type: 'number', value: String(c.claimWithinMonths), unit: 'months' }, from: dateValue(rightDate) }
				},
				rows: [conditions]
			}
		)
	);
	if (!guardianship) {
		// The Welfare Ministry counts the 6 months from the day of birth: claiming by then is safe under both readings.
		const safe = addYearsMonths(birthDate, 0, c.claimWithinMonths);
		if (safe < deadline) notices.push({ key: 'notices.safeDeadline', params: { date: dateValue(safe) } });
	}

	const figures: Figure[] = [
		{ id: 'amount', label: { key: 'figures.amount' }, value: eur(amount) },
		{ id: 'total', label: { key: 'figures.total' }, value: eur(total) },
		{ id: 'rightFrom', label: { key: 'figures.rightFrom' }, value: dateValue(rightDate) },
		{ id: 'claimDeadline', label: { key: 'figures.claimDeadline' }, value: dateValue(deadline) }
	];

	if (!input.resident) reasons.unshift({ key: 'reasons.resident' });
	if (asOf > deadline) {
		reasons.push({
			key: 'reasons.late',
			params: { deadline: dateValue(deadline), days: { type: 'number', value: String(daysBetween(deadline, asOf)), unit: 'days' } }
		});
	}
	if (reasons.length > 0) {
		return { kind: 'not-eligible', primary: PRIMARY, summary: { key: 'summary.notEligible' }, reasons, figures, steps, notices };
	}
	const summary: Msg =
		asOf < rightDate
			? { key: 'summary.future', params: { total: eur(total), from: dateValue(rightDate), until: dateValue(deadline) } }
			: { key: 'summary.now', params: { total: eur(total), until: dateValue(deadline) } };
	return { kind: 'result', primary: PRIMARY, summary, figures, steps, notices };
}
