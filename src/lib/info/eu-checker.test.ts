import { describe, expect, it } from 'vitest';
import { decideApplicableLaw, formatArticle, OUTSIDE, type EuAnswers } from './eu-checker';

const base: EuAnswers = { residence: 'LV', activity: 'employed', special: 'none', workCountry: 'LV' };

describe('EU checker: which country’s social security applies (Reg. 883/2004 Title II)', () => {
	it('not working, living in Latvia → Latvia, Art. 11(3)(e)', () => {
		expect(decideApplicableLaw({ ...base, activity: 'none' })).toEqual({
			kind: 'country',
			country: 'LV',
			rule: 'not-working',
			article: '11(3)(e)',
			a1: false
		});
	});
	it('lives and works only in Latvia → Latvia, Art. 11(3)(a)', () => {
		expect(decideApplicableLaw(base)).toMatchObject({ kind: 'country', country: 'LV', article: '11(3)(a)', a1: false });
	});
	it('lives in Latvia, works only in Estonia (not posted) → Estonia, Art. 11(3)(a): the place of work, not of residence', () => {
		expect(decideApplicableLaw({ ...base, workCountry: 'EE', alsoInResidence: false, posted: false })).toMatchObject({
			country: 'EE',
			article: '11(3)(a)'
		});
	});
	it('“I live in Latvia and work in Estonia two days a week” (three days in Latvia, ≥ 25 %) → Latvia, Art. 13(1)(a), with an A1', () => {
		expect(decideApplicableLaw({ ...base, workCountry: 'EE', alsoInResidence: true, substantialInResidence: true })).toEqual({
			kind: 'country',
			country: 'LV',
			rule: 'several-residence',
			article: '13(1)(a)',
			a1: true
		});
	});
	it('less than 25 % in Latvia, one employer registered in Estonia → Estonia, Art. 13(1)(b)(i)', () => {
		expect(
			decideApplicableLaw({
				...base,
				workCountry: 'EE',
				alsoInResidence: true,
				substantialInResidence: false,
				employerSeat: 'work-country'
			})
		).toMatchObject({
			country: 'EE',
			rule: 'several-one-seat'
		});
	});
	it('less than 25 % in Latvia, the employer registered in Latvia → Latvia, Art. 13(1)(b)(i)', () => {
		expect(
			decideApplicableLaw({ ...base, workCountry: 'LT', alsoInResidence: true, substantialInResidence: false, employerSeat: 'residence' })
		).toMatchObject({
			country: 'LV'
		});
	});
	it('less than 25 % in Latvia, employers in Latvia and in Lithuania → Lithuania (the other country), Art. 13(1)(b)(iii)', () => {
		expect(
			decideApplicableLaw({ ...base, workCountry: 'LT', alsoInResidence: true, substantialInResidence: false, employerSeat: 'both' })
		).toMatchObject({
			country: 'LT',
			article: '13(1)(b)(iii)'
		});
	});
	it('employers elsewhere → ask the agency, never a guess', () => {
		expect(
			decideApplicableLaw({ ...base, workCountry: 'LT', alsoInResidence: true, substantialInResidence: false, employerSeat: 'elsewhere' })
		).toMatchObject({
			kind: 'ask',
			reason: 'employer-elsewhere'
		});
	});
	it('posted by a Latvian employer to Germany for at most 24 months → Latvia, Art. 12(1), with an A1', () => {
		expect(decideApplicableLaw({ ...base, workCountry: 'DE', alsoInResidence: false, posted: true })).toEqual({
			kind: 'country',
			country: 'LV',
			rule: 'posted-employee',
			article: '12(1)',
			a1: true
		});
	});
	it('self-employed in Latvia working in Finland for a while → Latvia, Art. 12(2)', () => {
		expect(
			decideApplicableLaw({ ...base, activity: 'self-employed', workCountry: 'FI', alsoInResidence: false, posted: true })
		).toMatchObject({
			country: 'LV',
			article: '12(2)'
		});
	});
	it('self-employed in Latvia and Estonia, ≥ 25 % in Latvia → Latvia, Art. 13(2)(a); below 25 % → ask (centre of interest)', () => {
		const a: EuAnswers = { ...base, activity: 'self-employed', workCountry: 'EE', alsoInResidence: true };
		expect(decideApplicableLaw({ ...a, substantialInResidence: true })).toMatchObject({ country: 'LV', article: '13(2)(a)' });
		expect(decideApplicableLaw({ ...a, substantialInResidence: false })).toMatchObject({ kind: 'ask', reason: 'centre-of-interest' });
	});
	it('employed in Estonia and self-employed in Latvia → Estonia, Art. 13(3)', () => {
		expect(
			decideApplicableLaw({ ...base, activity: 'both', workCountry: 'EE', alsoInResidence: true, employedInResidence: false })
		).toMatchObject({
			country: 'EE',
			article: '13(3)'
		});
		expect(
			decideApplicableLaw({ ...base, activity: 'both', workCountry: 'EE', alsoInResidence: true, employedInResidence: true })
		).toMatchObject({
			country: 'LV'
		});
	});
	it('a civil servant → the country of the administration, Art. 11(3)(b)', () => {
		expect(decideApplicableLaw({ ...base, special: 'civil-servant', workCountry: 'BE' })).toMatchObject({
			country: null,
			article: '11(3)(b)'
		});
	});
	it('seafarers, flight crew and work outside the EU/EEA/Switzerland → ask the agency', () => {
		expect(decideApplicableLaw({ ...base, special: 'seafarer' })).toMatchObject({ kind: 'ask', reason: 'seafarer' });
		expect(decideApplicableLaw({ ...base, special: 'flight-crew' })).toMatchObject({ kind: 'ask', reason: 'flight-crew' });
		expect(decideApplicableLaw({ ...base, workCountry: OUTSIDE })).toMatchObject({ kind: 'ask', reason: 'outside' });
	});
	it('an unanswered question gives no answer yet', () => {
		expect(decideApplicableLaw({ ...base, workCountry: 'EE' })).toMatchObject({ kind: 'ask', reason: 'incomplete' });
		expect(decideApplicableLaw({ ...base, workCountry: 'EE', alsoInResidence: true })).toMatchObject({ kind: 'ask', reason: 'incomplete' });
	});
	it('article references read as in Latvian legal text', () => {
		expect(formatArticle('11(3)(a)', 'lv')).toBe('11. panta 3. punkta a) apakšpunkts');
		expect(formatArticle('12', 'lv')).toBe('12. pants');
		expect(formatArticle('13(1)', 'lv')).toBe('13. panta 1. punkts');
		expect(formatArticle('13(1)(b)(iii)', 'lv')).toBe('13. panta 1. punkta b) apakšpunkta iii) punkts');
		expect(formatArticle('11(4)–(5)', 'lv')).toBe('11. panta 4. un 5. punkts');
		expect(formatArticle('11(3)(a)', 'en')).toBe('Article 11(3)(a)');
	});
});
