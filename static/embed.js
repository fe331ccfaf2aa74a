/*! Latvian social-security calculators: embed loader, messages v1. How to use: /en/embed/ */
(function (w, d) {
	if (w.lvCalculatorEmbed) return;
	w.lvCalculatorEmbed = 1;
	var script = d.currentScript || d.querySelector('script[src$="/embed.js"]'),
		site = new URL(script.src, location.href).origin,
		ids =
			'retirement-age minimum-hourly-rate minimum-hourly-rate-year minimum-pay-for-hours net-gross-salary annual-tax-free-minimum social-contributions sickness-benefit maternity-benefit paternity-benefit parental-benefit unemployment-benefit funeral-benefit work-injury-compensation survivor-spouse-benefit birth-grant childcare-benefit family-state-benefit disabled-child-benefits state-social-security-benefit minimum-disability-pension child-maintenance old-age-pension pension-indexation pension-after-tax'.split(
				' '
			);

	function warn(el, m) {
		console.warn('[lv-calculator ' + el.getAttribute('data-lv-calculator') + '] ' + m);
	}

	// WCAG 2 contrast with white (white button text; links on white).
	function contrast(hex) {
		var l = 0;
		[0.2126, 0.7152, 0.0722].forEach(function (k, i) {
			var c = parseInt(hex.substr(i * 2, 2), 16) / 255;
			l += k * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
		});
		return 1.05 / (l + 0.05);
	}

	function setup(el) {
		if (el.lvDone) return;
		el.lvDone = 1;
		var a = function (n) {
				return el.getAttribute('data-' + n);
			},
			id = a('lv-calculator'),
			lang = a('lang') || 'lv',
			color = a('color'),
			sit = a('situation'),
			date = a('date'),
			compact = a('compact'),
			link = el.querySelector('a'),
			q = '?host=' + encodeURIComponent(location.origin),
			f = d.createElement('iframe'),
			hex;
		if (ids.indexOf(id) < 0) return warn(el, 'unknown calculator');
		if (lang != 'lv' && lang != 'en') {
			warn(el, 'data-lang is not lv or en; lv used');
			lang = 'lv';
		}
		if (color) {
			hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
			hex = hex && hex[1].replace(/^(.)(.)(.)$/, '$1$1$2$2$3$3');
			if (!hex) warn(el, 'data-color is not a hex colour like #1d4f91; default used');
			else if (contrast(hex) < 4.5) warn(el, 'data-color contrast with white ' + contrast(hex).toFixed(2) + ' < 4.5; default used');
			else q += '&color=' + hex;
		}
		if (compact != null && compact != 'false') q += '&compact=1';
		if (date) {
			if (/^\d{4}-\d\d-\d\d$/.test(date)) q += '&date=' + date;
			else warn(el, 'data-date is not YYYY-MM-DD; today used');
		}
		if (sit) {
			sit = sit.replace(/^[^#]*#/, '');
			// A share link's fragment; the widget checks it like any share link.
			if (sit.length > 4000 || !/^[\w.~%=&;:,+-]*$/.test(sit)) {
				warn(el, 'data-situation is not a share-link fragment; ignored');
				sit = '';
			}
		}
		f.src = site + '/' + lang + '/' + id + '/embed/' + q + (sit ? '#' + sit : '');
		f.title = (link && link.textContent.trim()) || (lang == 'lv' ? 'Kalkulators' : 'Calculator');
		f.loading = 'lazy';
		// Lets the widget check the host origin it is given against the page that embeds it.
		f.referrerPolicy = 'origin';
		f.setAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals'
		);
		f.allow = 'clipboard-write';
		f.setAttribute('data-lv-frame', id);
		f.style.cssText = 'display:block;width:100%;height:640px;border:0';
		f.lvLink = link;
		el.appendChild(f);
	}

	function scan() {
		d.querySelectorAll('[data-lv-calculator]').forEach(setup);
	}

	w.addEventListener('message', function (e) {
		var m = e.data,
			h;
		if (e.origin !== site || !m || m.source !== 'lv-social-calculators' || m.version !== 1) return;
		d.querySelectorAll('iframe[data-lv-frame]').forEach(function (f) {
			if (f.contentWindow !== e.source || !e.source) return;
			h = Math.ceil(+m.height);
			if (h > 0 && h < 1e5) f.style.height = h + 'px';
			if (f.lvLink) f.lvLink.hidden = true;
		});
	});

	scan();
	// Picks up widgets the parser or a script adds later.
	new MutationObserver(scan).observe(d.documentElement, { childList: true, subtree: true });
})(window, document);
