"""Everything else the candidate receives or sends (52 messages): newsletters and alerts that
talk about rejections, interviews and openings, other meanings of the words, friends, her own
sent mail, out-of-office replies, recruiter outreach, banks, shops and apps."""

from __future__ import annotations

from msgs105_common import ME, quote, tracked

MESSAGES: list[dict] = []
add = MESSAGES.append


def link(url: str, token: str, host: str = "click.example.eu") -> str:
    return tracked(url, token, host)


# X1 -- public-sector job magazine newsletter: rejection, missed interview, openings; HTML only
add({
    "kind": "other", "scenario": "newsletter_rebondir_refus", "company": "", "contact": "", "lang": "fr",
    "frm": ("Le Mag de l'Emploi Public", "newsletter@emploipublic-mag.example.be"),
    "subject": "Candidature refusée ? 5 façons de rebondir | Entretien manqué : que faire | 48 offres",
    "date": "2026-02-12 06:30 +0100", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Le Mag de l'Emploi Public <hebdo.emploipublic-mag.example.be>"),
             ("List-Unsubscribe", "<https://emploipublic-mag.example.be/desinscription?id=88e1>, <mailto:unsubscribe@emploipublic-mag.example.be>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    "html": f"""<!DOCTYPE html><html lang="fr"><body style="margin:0;background:#ececec">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:16px 24px;background:#7a1f2b"><img src="https://emploipublic-mag.example.be/img/mag-logo.png" alt="Le Mag de l'Emploi Public" width="220"></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.6">
<p style="font-size:12px;color:#888">Hebdo n°214 – jeudi 12 février 2026</p>
<h1 style="font-size:22px;margin:0 0 10px 0">Candidature refusée ? 5 façons de rebondir</h1>
<p>« Nous avons le regret de vous informer que votre candidature n'a pas été retenue »… Cette phrase, tout le monde la reçoit un jour. Nos conseils pour demander un retour au jury, retravailler son dossier et repostuler sans se décourager.</p>
<p><a href="{link('https://emploipublic-mag.example.be/articles/rebondir-apres-un-refus', 'mag214a')}">Lire l'article →</a></p>
<h2 style="font-size:18px;margin:20px 0 8px 0">Vous avez manqué un entretien ? Pas de panique</h2>
<p>Retard de train, mauvaise date dans l'agenda : comment écrire au recruteur dans l'heure et obtenir un nouveau créneau.</p>
<p><a href="{link('https://emploipublic-mag.example.be/articles/entretien-manque', 'mag214b')}">Nos modèles de message →</a></p>
<h2 style="font-size:18px;margin:20px 0 8px 0">48 offres cette semaine</h2>
<ul style="padding-left:18px">
<li><a href="{link('https://emploipublic-mag.example.be/offres/11821', 'mag214c')}">Attaché·e relations internationales – Province de Namur</a></li>
<li><a href="{link('https://emploipublic-mag.example.be/offres/11830', 'mag214d')}">Chargé·e de communication – CPAS de Liège</a></li>
<li><a href="{link('https://emploipublic-mag.example.be/offres/11842', 'mag214e')}">Conseiller·ère affaires européennes – Région bruxelloise</a></li>
</ul>
</td></tr>
<tr><td style="padding:14px 24px;background:#f4f4f4;font-family:Arial,sans-serif;font-size:11px;color:#777">Vous recevez cette lettre car vous êtes abonnée au Mag de l'Emploi Public. <a href="https://emploipublic-mag.example.be/desinscription?id=88e1" style="color:#777">Se désabonner</a> · Éditions du Perron SRL, Place Saint-Lambert 1, 4000 Liège.</td></tr>
</table></td></tr></table>
<img src="https://click.example.eu/o/mag214.gif" width="1" height="1" alt="">
</body></html>""",
})

# X2 -- policy-careers digest about missed interviews and rejections; alternative, list headers
add({
    "kind": "other", "scenario": "careers_digest_missed_interview", "company": "", "contact": "", "lang": "en",
    "frm": ("The Policy Careers Digest", "digest@policycareers.example.org"),
    "subject": "Missed an interview? Here's how to recover (and 23 new roles)",
    "date": "2026-04-03 07:00 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "<weekly.policycareers.example.org>"),
             ("List-Unsubscribe", "<https://policycareers.example.org/u/7cd2>"),
             ("Precedence", "list")],
    "text": """THE POLICY CAREERS DIGEST - Issue 112

1. Missed an interview? Here's how to recover
It happens more than you'd think: a calendar glitch, a wrong time zone, a late train. We asked five recruiters in Brussels and Geneva what they want to hear from a candidate who didn't show up - and what makes them decline a second chance.
Read: https://policycareers.example.org/r/112-1

2. "Unfortunately, we will not be moving forward": decoding rejection emails
Why most rejections are templates, when to ask for feedback, and how to spot a door left open.
Read: https://policycareers.example.org/r/112-2

3. 23 new roles this week
Policy Officer, ClimateBridge Europe (Brussels) - Advocacy Lead, Fondation Léman (Geneva) - EU Affairs Manager (Luxembourg) and more.
See all: https://policycareers.example.org/r/112-jobs

You're receiving this because you subscribed at policycareers.example.org.
Unsubscribe: https://policycareers.example.org/u/7cd2
""",
    "html": f"""<html><body style="font-family:Georgia,serif;font-size:16px;color:#1a1a1a;max-width:600px;margin:0 auto">
<p style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#999">THE POLICY CAREERS DIGEST · ISSUE 112</p>
<h2>1. Missed an interview? Here's how to recover</h2>
<p>It happens more than you'd think: a calendar glitch, a wrong time zone, a late train. We asked five recruiters in Brussels and Geneva what they want to hear from a candidate who didn't show up - and what makes them decline a second chance.</p>
<p><a href="{link('https://policycareers.example.org/r/112-1', 'pcd1121', 'email.policycareers.example.org')}">Read →</a></p>
<h2>2. "Unfortunately, we will not be moving forward": decoding rejection emails</h2>
<p>Why most rejections are templates, when to ask for feedback, and how to spot a door left open.</p>
<p><a href="{link('https://policycareers.example.org/r/112-2', 'pcd1122', 'email.policycareers.example.org')}">Read →</a></p>
<h2>3. 23 new roles this week</h2>
<p>Policy Officer, ClimateBridge Europe (Brussels) - Advocacy Lead, Fondation Léman (Geneva) - EU Affairs Manager (Luxembourg) and more.</p>
<p><a href="{link('https://policycareers.example.org/r/112-jobs', 'pcd1123', 'email.policycareers.example.org')}">See all jobs →</a></p>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#999">You're receiving this because you subscribed at policycareers.example.org. <a href="https://policycareers.example.org/u/7cd2">Unsubscribe</a></p>
<img src="https://email.policycareers.example.org/o/112.gif" width="1" height="1" alt="">
</body></html>""",
})

# X3 -- job alert digest, HTML only, many tracked links
add({
    "kind": "other", "scenario": "alerte_offres_digest", "company": "", "contact": "", "lang": "fr",
    "frm": ("Alertes PolitiJobs", "alertes@politijobs.example.eu"),
    "subject": "12 nouvelles offres pour « affaires publiques » près de Liège",
    "date": "2026-05-18 07:15 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://t.politijobs.example.eu/unsubscribe?u=3321&a=77>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    "html": f"""<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%"><tr><td align="center" style="padding:20px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#111827">
<tr><td style="padding:18px 24px;background:#312e81"><img src="https://cdn.politijobs.example.eu/mail/logo-white.png" alt="PolitiJobs" height="28"></td></tr>
<tr><td style="padding:20px 24px">
<p>Bonjour Mathilde, voici les nouvelles offres correspondant à votre alerte <b>« affaires publiques » – Liège + 80 km</b>.</p>
<table role="presentation" width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse">
<tr><td style="border-bottom:1px solid #eee"><a href="{link('https://politijobs.example.eu/o/5511', 'pj01', 't.politijobs.example.eu')}" style="color:#312e81;font-weight:bold">Chargé·e d'affaires publiques</a><br><span style="color:#6b7280">Fédération wallonne de l'agriculture – Namur · CDI</span></td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="{link('https://politijobs.example.eu/o/5514', 'pj02', 't.politijobs.example.eu')}" style="color:#312e81;font-weight:bold">Public Affairs Officer (FR/EN)</a><br><span style="color:#6b7280">Cabinet de conseil – Bruxelles · CDI</span></td></tr>
<tr><td style="border-bottom:1px solid #eee"><a href="{link('https://politijobs.example.eu/o/5520', 'pj03', 't.politijobs.example.eu')}" style="color:#312e81;font-weight:bold">Conseiller·ère relations institutionnelles</a><br><span style="color:#6b7280">Intercommunale – Liège · CDD 12 mois</span></td></tr>
<tr><td><a href="{link('https://politijobs.example.eu/alertes/77', 'pj04', 't.politijobs.example.eu')}" style="color:#312e81">Voir les 9 autres offres →</a></td></tr>
</table>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#6b7280">Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://t.politijobs.example.eu/unsubscribe?u=3321&amp;a=77" style="color:#6b7280">Désactiver cette alerte</a> · PolitiJobs SRL, Rue Montoyer 24, 1000 Bruxelles</td></tr>
</table></td></tr></table>
<img src="https://t.politijobs.example.eu/o/al77.gif" width="1" height="1" alt="">
</body></html>""",
})

# X4 -- Spanish job portal weekly bulletin; alternative
add({
    "kind": "other", "scenario": "boletin_semanal_empleo", "company": "", "contact": "", "lang": "es",
    "frm": ("Boletín TrabajoPúblico", "boletin@trabajopublico.example.es"),
    "subject": "Boletín semanal: ¿te han rechazado? Cómo pedir feedback + 35 ofertas",
    "date": "2026-06-05 08:00 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Boletin semanal <boletin.trabajopublico.example.es>"),
             ("List-Unsubscribe", "<https://trabajopublico.example.es/baja?u=771&l=boletin>")],
    "text": """BOLETÍN SEMANAL DE TRABAJOPÚBLICO

¿Te han rechazado en un proceso? Cómo pedir feedback sin quemar puentes
Un correo de "lamentamos comunicarle" no tiene por qué ser el final. Te contamos cómo pedir una valoración y qué hacer con ella.
https://trabajopublico.example.es/blog/pedir-feedback

Entrevistas por videollamada: 7 errores frecuentes
https://trabajopublico.example.es/blog/videollamada

35 ofertas nuevas en asuntos públicos y comunicación institucional
https://trabajopublico.example.es/ofertas?q=asuntos+publicos

Darse de baja: https://trabajopublico.example.es/baja?u=771&l=boletin
""",
    "html": f"""<html><body style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#263238;max-width:600px">
<h1 style="color:#c62828;font-size:20px">Boletín semanal de TrabajoPúblico</h1>
<h2 style="font-size:16px">¿Te han rechazado en un proceso? Cómo pedir feedback sin quemar puentes</h2>
<p>Un correo de "lamentamos comunicarle" no tiene por qué ser el final. Te contamos cómo pedir una valoración y qué hacer con ella.</p>
<p><a href="{link('https://trabajopublico.example.es/blog/pedir-feedback', 'tp01', 'clic.trabajopublico.example.es')}">Leer más</a></p>
<h2 style="font-size:16px">Entrevistas por videollamada: 7 errores frecuentes</h2>
<p><a href="{link('https://trabajopublico.example.es/blog/videollamada', 'tp02', 'clic.trabajopublico.example.es')}">Leer más</a></p>
<h2 style="font-size:16px">35 ofertas nuevas en asuntos públicos y comunicación institucional</h2>
<p><a href="{link('https://trabajopublico.example.es/ofertas?q=asuntos+publicos', 'tp03', 'clic.trabajopublico.example.es')}">Ver ofertas</a></p>
<p style="font-size:11px;color:#90a4ae"><a href="https://trabajopublico.example.es/baja?u=771&amp;l=boletin" style="color:#90a4ae">Darse de baja</a></p>
<img src="https://clic.trabajopublico.example.es/o/b23.gif" width="1" height="1" alt="">
</body></html>""",
})

# X5 -- German career newsletter about rejections, HTML only
add({
    "kind": "other", "scenario": "karrierebrief_absage", "company": "", "contact": "", "lang": "de",
    "frm": ("Karrierebrief Europa", "newsletter@karrierebrief.example.eu"),
    "subject": "Absage erhalten? So geht es weiter – plus: Vorstellungsgespräch verpasst, was nun?",
    "date": "2026-03-21 09:00 +0100", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Karrierebrief <karrierebrief.example.eu>"),
             ("List-Unsubscribe", "<https://karrierebrief.example.eu/abmelden?id=4410>"),
             ("Precedence", "bulk")],
    "html": f"""<html><body style="margin:0;background:#f0f0f0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222;line-height:1.55">
<tr><td style="padding:16px 24px;border-bottom:3px solid #ffcc00"><img src="https://karrierebrief.example.eu/logo.png" alt="Karrierebrief Europa" width="190"></td></tr>
<tr><td style="padding:20px 24px">
<h1 style="font-size:20px">Absage erhalten? So geht es weiter</h1>
<p>„Leider müssen wir Ihnen mitteilen …" – kaum ein Satz ist so frustrierend. Wir zeigen, wie Sie um Feedback bitten und warum eine Absage oft nichts mit Ihrer Qualifikation zu tun hat.</p>
<p><a href="{link('https://karrierebrief.example.eu/artikel/absage', 'kb01', 'r.karrierebrief.example.eu')}">Weiterlesen</a></p>
<h2 style="font-size:17px">Vorstellungsgespräch verpasst – was nun?</h2>
<p>Ehrlich sein, schnell reagieren, einen neuen Termin vorschlagen: So retten Sie die Situation.</p>
<p><a href="{link('https://karrierebrief.example.eu/artikel/termin-verpasst', 'kb02', 'r.karrierebrief.example.eu')}">Weiterlesen</a></p>
<h2 style="font-size:17px">Neue Stellen in Brüssel und Luxemburg</h2>
<p><a href="{link('https://karrierebrief.example.eu/jobs?ort=bruessel', 'kb03', 'r.karrierebrief.example.eu')}">Zu den 31 neuen Stellen</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888;background:#fafafa">Karrierebrief Europa GmbH · Geschäftsführer: Tobias Reuter · Amtsgericht Berlin-Charlottenburg HRB 000000 · <a href="https://karrierebrief.example.eu/abmelden?id=4410" style="color:#888">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://r.karrierebrief.example.eu/o/4410.gif" width="1" height="1" alt="">
</body></html>""",
})

# X6 -- English job alert from a job board, HTML only
add({
    "kind": "other", "scenario": "job_alert_public_affairs", "company": "", "contact": "", "lang": "en",
    "frm": ("EuroPolicyJobs Alerts", "alerts@mail.europolicyjobs.example.eu"),
    "subject": "8 new jobs matching \"public affairs\" in Brussels",
    "date": "2026-08-10 06:45 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://europolicyjobs.example.eu/alerts/stop?id=2231>")],
    "html": f"""<html><body style="margin:0;background:#fafafa;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #eee;font-size:14px;color:#222">
<tr><td style="padding:16px 24px"><img src="https://europolicyjobs.example.eu/static/epj-logo.png" alt="EuroPolicyJobs" height="30"></td></tr>
<tr><td style="padding:0 24px 16px 24px;line-height:1.6">
<p>New openings for your alert <b>public affairs · Brussels</b>:</p>
<p><a href="{link('https://europolicyjobs.example.eu/jobs/90101', 'al01', 'links.europolicyjobs.example.eu')}">Senior Policy Adviser, Energy</a> - Trade association · Brussels<br>
<a href="{link('https://europolicyjobs.example.eu/jobs/90107', 'al02', 'links.europolicyjobs.example.eu')}">Public Affairs Manager</a> - Tech start-up · Brussels<br>
<a href="{link('https://europolicyjobs.example.eu/jobs/90111', 'al03', 'links.europolicyjobs.example.eu')}">Communications &amp; Advocacy Officer</a> - NGO · Brussels<br>
<a href="{link('https://europolicyjobs.example.eu/jobs/90115', 'al04', 'links.europolicyjobs.example.eu')}">EU Affairs Intern (paid)</a> - Consultancy · Brussels</p>
<p><a href="{link('https://europolicyjobs.example.eu/alerts/2231', 'al05', 'links.europolicyjobs.example.eu')}">See all 8 jobs</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">You asked us to send you these alerts. <a href="https://europolicyjobs.example.eu/alerts/stop?id=2231" style="color:#999">Stop this alert</a></td></tr>
</table></td></tr></table>
<img src="https://links.europolicyjobs.example.eu/o/al2231.gif" width="1" height="1" alt="">
</body></html>""",
})

# X7 -- webinar invitation about succeeding in interviews; alternative, list headers
add({
    "kind": "other", "scenario": "webinaire_reussir_entretien", "company": "", "contact": "", "lang": "fr",
    "frm": ("Réseau des communicants publics", "evenements@communicants-publics.example.be"),
    "subject": "Webinaire jeudi : réussir son entretien en affaires européennes",
    "date": "2026-04-27 12:00 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Evenements RCP <evenements.communicants-publics.example.be>"),
             ("List-Unsubscribe", "<mailto:desinscription@communicants-publics.example.be?subject=stop>")],
    "text": """Réseau des communicants publics – Webinaire

Réussir son entretien en affaires européennes
Jeudi 30 avril 2026, 12h30–13h30, en ligne

Vous êtes invité·e à notre prochain midi-webinaire ! Deux recruteuses de cabinets bruxellois partageront ce qu'elles attendent en entretien : mises en situation, questions sur le processus législatif, et la fameuse question « pourquoi quitter le secteur public ? ».

Inscription gratuite (places limitées) : https://communicants-publics.example.be/webinaires/entretien-ue

À jeudi !
L'équipe du RCP

Pour ne plus recevoir nos invitations : desinscription@communicants-publics.example.be
""",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;max-width:600px">
<p style="color:#0a6e8a;font-weight:bold">Réseau des communicants publics – Webinaire</p>
<h2>Réussir son entretien en affaires européennes</h2>
<p><b>Jeudi 30 avril 2026, 12h30–13h30, en ligne</b></p>
<p>Vous êtes invité·e à notre prochain midi-webinaire ! Deux recruteuses de cabinets bruxellois partageront ce qu'elles attendent en entretien : mises en situation, questions sur le processus législatif, et la fameuse question « pourquoi quitter le secteur public ? ».</p>
<p><a href="{link('https://communicants-publics.example.be/webinaires/entretien-ue', 'rcp30')}" style="background:#0a6e8a;color:#fff;padding:8px 14px;text-decoration:none">Je m'inscris</a></p>
<p>À jeudi !<br>L'équipe du RCP</p>
<p style="font-size:11px;color:#999">Pour ne plus recevoir nos invitations : <a href="mailto:desinscription@communicants-publics.example.be">desinscription@communicants-publics.example.be</a></p>
</body></html>""",
})

# X8 -- podcast host wants to interview her (not a job interview)
add({
    "kind": "other", "scenario": "podcast_interview", "company": "", "contact": "ben@brusselsbubbletalk.example.eu", "lang": "en",
    "frm": ("Ben Hartley", "ben@brusselsbubbletalk.example.eu"),
    "subject": "Interview for Brussels Bubble Talk?",
    "date": "2026-05-26 21:10 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Hi Mathilde,

I host Brussels Bubble Talk, a small podcast about how policy actually gets communicated (about 4,000 listeners, mostly people working around Schuman).

A friend forwarded me your piece on how Liège explained its low-emission zone to residents, and I'd love to interview you for an episode - 40 minutes, recorded remotely, no prep needed beyond a quick call. We'd publish in June.

Would you be up for it? Any week in early June works for me.

Cheers,
Ben

Ben Hartley
Host, Brussels Bubble Talk
brusselsbubbletalk.example.eu
""",
})

# X9 -- journalist asks for an interview about a city project
add({
    "kind": "other", "scenario": "journaliste_demande_interview", "company": "", "contact": "a.piron@quotidienmosan.example.be", "lang": "fr",
    "frm": ("Aurélie Piron", "a.piron@quotidienmosan.example.be"),
    "subject": "Demande d'interview – zone basses émissions",
    "date": "2026-01-16 11:52 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Madame Okonkwo-Lefebvre,

Je prépare pour Le Quotidien mosan un article sur le premier bilan de la zone basses émissions, un an après son lancement. Vous étiez en charge de la communication du projet à la Ville : accepteriez-vous de répondre à quelques questions, par téléphone ou de visu, d'ici mardi ?

Je souhaiterais notamment revenir sur la campagne d'information auprès des commerçants et sur les critiques reçues au lancement.

Merci d'avance,

Aurélie Piron
Journaliste – rédaction Liège
Le Quotidien mosan
0497 00 00 00
""",
})

# X10 -- user-research interview invitation from an app (HTML only, no-reply)
add({
    "kind": "other", "scenario": "user_research_interview", "company": "", "contact": "", "lang": "en",
    "frm": ("Routewise Research", "noreply-research@routewise.example.eu"),
    "subject": "Share your thoughts: 30-min interview, €20 voucher",
    "date": "2026-06-23 14:00 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://routewise.example.eu/prefs/unsub?u=9a1>")],
    "html": f"""<html><body style="margin:0;background:#f5f7fa;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;font-size:15px;color:#1f2933">
<tr><td style="padding:24px 28px 0 28px"><img src="https://routewise.example.eu/email/logo.png" alt="Routewise" height="28"></td></tr>
<tr><td style="padding:18px 28px 26px 28px;line-height:1.6">
<p>Hi Mathilde,</p>
<p>You've been using Routewise for your commute between Liège and Brussels. Our research team would love to learn more about how you plan your trips.</p>
<p>Join a <b>30-minute user interview</b> by video and receive a <b>€20 voucher</b> as a thank you. We'll ask about your routes, your frustrations and a few new features we're testing.</p>
<p style="text-align:center"><a href="{link('https://routewise.example.eu/research/book?u=9a1', 'rw01', 'go.routewise.example.eu')}" style="background:#00a86b;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none">Book my interview</a></p>
<p>Thanks,<br>The Routewise Research team</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#9aa5b1">Routewise BV · <a href="https://routewise.example.eu/prefs/unsub?u=9a1" style="color:#9aa5b1">Unsubscribe from research invitations</a></td></tr>
</table></td></tr></table>
<img src="https://go.routewise.example.eu/o/rw01.gif" width="1" height="1" alt="">
</body></html>""",
})

# X11 -- navigation app: "your position has been shared", HTML only
add({
    "kind": "other", "scenario": "gps_position_partagee", "company": "", "contact": "", "lang": "fr",
    "frm": ("Trajecto", "notifications@trajecto.example.eu"),
    "subject": "Votre position a été partagée avec Karim",
    "date": "2026-07-11 18:42 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
<table width="480" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td style="padding:20px">
<img src="https://trajecto.example.eu/mail/pin.png" alt="Trajecto" width="40">
<p>Bonjour Mathilde,</p>
<p>Votre position en temps réel est partagée avec <b>Karim</b> jusqu'à 20:42 (trajet : Liège-Guillemins → Namur).</p>
<p>Votre position actuelle : E42, sortie 12 – arrivée estimée 19:21. Un ralentissement de 8 minutes est signalé à hauteur de Wanze.</p>
<p><a href="https://trajecto.example.eu/app/share/stop?s=kq81">Arrêter le partage</a></p>
<p style="font-size:11px;color:#80868b">Vous recevez cette notification car le partage de position est activé. <a href="https://trajecto.example.eu/app/settings/notifications">Paramètres</a></p>
</td></tr></table></body></html>""",
})

# X12 -- municipal online counter: "your position in the queue"
add({
    "kind": "other", "scenario": "position_file_attente", "company": "", "contact": "", "lang": "fr",
    "frm": ("Guichet en ligne – Ville de Meuse-sur-Ourthe", "ne-pas-repondre@guichet.meuse-ourthe.example.be"),
    "subject": "Votre position dans la file d'attente : 14",
    "date": "2026-02-20 10:03 +0100", "charset": "iso-8859-1", "cte": "qp", "header_charset": "utf-8",
    "text": """Bonjour,

Vous êtes inscrite dans la file d'attente virtuelle du service Population (demande de carte d'identité électronique).

Votre position dans la file d'attente : 14
Temps d'attente estimé : 35 minutes

Vous recevrez un SMS lorsque votre tour approchera. Si vous quittez la file, votre demande sera annulée.

Ceci est un message automatique, merci de ne pas y répondre.

Ville de Meuse-sur-Ourthe - Service Population
""",
})

# X13 -- parcel delayed ("malheureusement"), HTML only
add({
    "kind": "other", "scenario": "colis_retarde", "company": "", "contact": "", "lang": "fr",
    "frm": ("ColisExpress", "notification@colisexpress.example.be"),
    "subject": "Malheureusement, votre colis est retardé",
    "date": "2026-03-31 16:27 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;background:#f6f6f6;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="padding:16px 24px;background:#e30613"><img src="https://colisexpress.example.be/img/logo-blanc.png" alt="ColisExpress" height="26"></td></tr>
<tr><td style="padding:22px 24px;line-height:1.6">
<p>Bonjour Mathilde,</p>
<p>Malheureusement, votre colis <b>CE 4471 2290 1BE</b> en provenance de Librairie Pax est retardé en raison d'un volume exceptionnel dans notre centre de tri de Courcelles.</p>
<p>Nouvelle date de livraison estimée : <b>jeudi 2 avril</b>, entre 9h et 13h.</p>
<p><a href="https://colisexpress.example.be/suivi?c=CE447122901BE">Suivre mon colis</a> · <a href="https://colisexpress.example.be/livraison/modifier?c=CE447122901BE">Modifier la livraison</a></p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999">Ceci est un e-mail automatique. ColisExpress SA · BE 0000.000.000</td></tr>
</table></td></tr></table>
<img src="https://colisexpress.example.be/px?c=CE447122901BE" width="1" height="1" alt="">
</body></html>""",
})

# X14 -- bank loan declined, from a named adviser (a bank sender is never a contact)
add({
    "kind": "other", "scenario": "pret_refuse_banque", "company": "", "contact": "", "lang": "fr",
    "frm": ("Florence Dubois - Banque Mosane", "f.dubois@banquemosane.example.be"),
    "subject": "Votre demande de prêt personnel",
    "date": "2026-04-07 15:16 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Chère Madame Okonkwo-Lefebvre,

Nous avons examiné votre demande de prêt personnel de 12 000 € (référence PP-2026-118842) introduite le 30 mars.

Malheureusement, au vu de votre changement de situation professionnelle en cours, votre demande n’a pas pu être acceptée à ce stade. Nous vous invitons à la réintroduire dès que votre nouveau contrat de travail sera signé.

Je reste à votre disposition en agence pour en discuter.

Florence Dubois
Conseillère clientèle – Agence Liège Centre
Banque Mosane de Crédit SA – Boulevard d’Avroy 112, 4000 Liège
Prêteur agréé FSMA. Sous réserve d’acceptation de votre dossier. Attention, emprunter de l’argent coûte aussi de l’argent.
""",
})

# X15 -- fintech: "we've received your loan application", HTML only
add({
    "kind": "other", "scenario": "loan_application_received", "company": "", "contact": "", "lang": "en",
    "frm": ("Kleo Money", "no-reply@kleomoney.example.eu"),
    "subject": "We've received your loan application",
    "date": "2026-03-29 20:05 +0200", "charset": "utf-8", "cte": "b64",
    "html": """<html><body style="margin:0;background:#0f1020;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:10px;font-size:15px;color:#111">
<tr><td style="padding:26px 30px 0 30px"><img src="https://kleomoney.example.eu/img/kleo.png" alt="Kleo Money" height="26"></td></tr>
<tr><td style="padding:18px 30px 28px 30px;line-height:1.6">
<p>Hi Mathilde,</p>
<p>Your application for a <b>€12,000 personal loan</b> over 48 months has been received. We're checking a few details and will get back to you within 2 business days.</p>
<p>Application ID: KL-77-30218</p>
<p><a href="https://kleomoney.example.eu/app/loans/KL-77-30218">View application status</a></p>
<p>The Kleo team</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:11px;color:#888">Kleo Money is a trading name of Kleo Payments Europe S.A., authorised by the CSSF. Borrowing money also costs money.</td></tr>
</table></td></tr></table></body></html>""",
})

# X16 -- flat application not selected by the landlord, platform mail, HTML only
add({
    "kind": "other", "scenario": "dossier_appartement_refuse", "company": "", "contact": "", "lang": "fr",
    "frm": ("Immo-Mosan", "dossiers@immo-mosan.example.be"),
    "subject": "Votre candidature pour l'appartement rue Saint-Gilles 212",
    "date": "2026-08-07 11:09 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="580" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 0;border-bottom:2px solid #2a9d8f"><img src="https://immo-mosan.example.be/img/logo.png" alt="Immo-Mosan" height="30"></td></tr>
<tr><td style="padding:16px 0;line-height:1.6">
<p>Madame Okonkwo-Lefebvre,</p>
<p>Nous vous remercions pour le dépôt de votre dossier de candidature locative pour l'appartement 2 chambres situé rue Saint-Gilles 212, 4000 Liège.</p>
<p>Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier. Votre candidature n'a donc pas été retenue pour ce bien.</p>
<p>D'autres biens correspondant à vos critères sont disponibles : <a href="https://immo-mosan.example.be/recherche?id=s8841">voir les annonces</a>.</p>
<p style="font-size:11px;color:#888">Ceci est un message automatique envoyé par la plateforme Immo-Mosan. Merci de ne pas y répondre.</p>
</td></tr></table></body></html>""",
})

# X17 -- friend tells about her own rejection and forwards it
add({
    "kind": "other", "scenario": "amie_raconte_son_refus", "company": "", "contact": "chloe.martens@mailbox.example.be", "lang": "fr",
    "frm": ("Chloé Martens", "chloe.martens@mailbox.example.be"),
    "subject": "Fwd: Votre candidature – Concours AD5",
    "date": "2026-05-12 22:31 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Coucou ma belle,

Bon ben voilà, refus pour le concours de la Commission 😩 Je te transfère le mail, regarde comme c'est froid. Deux ans de préparation pour ça...

Tu me racontes tes entretiens de la semaine ? Verre jeudi au Pot au Lait ?

Bisous
Chloé

---------- Forwarded message ---------
De : EU Careers <no-reply@eucareers.example.eu>
Date: mar. 12 mai 2026 à 17:02
Subject: Votre candidature – Concours AD5
To: <chloe.martens@mailbox.example.be>

Madame,

Nous avons le regret de vous informer que vous ne figurez pas parmi les lauréats du concours général AD5. Nous vous remercions de l'intérêt porté aux institutions européennes.
""",
})

# X18 -- friend excited about her own interview
add({
    "kind": "other", "scenario": "friend_own_interview", "company": "", "contact": "aoife.brennan@mailbox.example.eu", "lang": "en",
    "frm": ("Aoife Brennan", "aoife.brennan@mailbox.example.eu"),
    "subject": "!!!!",
    "date": "2026-06-29 13:14 +0200", "charset": "utf-8", "cte": "qp",
    "text": """MATHILDE. I've got an interview at the Council on Thursday!!! Press office, the one I applied to in March and had totally given up on.

Any tips? You're the comms queen. Also can I borrow your navy blazer, mine has a coffee stain the size of Belgium.

A xx
""",
})

# X19 -- Spanish friend was offered a job
add({
    "kind": "other", "scenario": "amiga_le_ofrecen_puesto", "company": "", "contact": "carmen.olmedo@correo.example.es", "lang": "es",
    "frm": ("Carmen Olmedo", "carmen.olmedo@correo.example.es"),
    "subject": "¡¡Me han ofrecido el puesto!!",
    "date": "2026-07-17 20:50 +0200", "charset": "utf-8", "cte": "qp",
    "text": """¡Mathilde!

¡Me han ofrecido el puesto en la oficina de la Generalitat en Bruselas! Empiezo en septiembre, así que vamos a ser casi vecinas 🎉

¿Qué tal van tus entrevistas? Cuéntame algo, que hace siglos que no hablamos. Y si necesitas que te revise algo en español para lo de Madrid, dímelo.

Un abrazo enorme,
Carmen
""",
})

# X20 -- German former colleague about her own rejection
add({
    "kind": "other", "scenario": "kollegin_eigene_absage", "company": "", "contact": "julia.berger@post.example.eu", "lang": "de",
    "frm": ("Julia Berger", "julia.berger@post.example.eu"),
    "subject": "kurzes Update",
    "date": "2026-04-19 19:03 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Liebe Mathilde,

nur kurz: Ich habe leider eine Absage vom Ministerium in Luxemburg bekommen, die Stelle ging an jemanden aus dem Haus. Ärgerlich, aber ich hatte es fast geahnt.

Wie läuft es bei dir mit den Bewerbungen? Hast du schon was von der Stiftung in Straßburg gehört? Lass uns bald mal telefonieren!

Liebe Grüße
Julia
""",
})

# X21 -- her own sent application
add({
    "kind": "other", "scenario": "envoi_candidature_perso", "company": "", "contact": "", "lang": "fr",
    "frm": ME, "to": [("Théâtre de la Meuse – Recrutement", "recrutement@theatre-meuse.example.be")],
    "subject": "Candidature – Responsable relations publiques et mécénat",
    "date": "2026-01-12 08:55 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Madame, Monsieur,

Je vous adresse ma candidature au poste de Responsable relations publiques et mécénat publié sur votre site le 5 janvier.

Chargée de communication à la Ville depuis six ans, j'ai piloté des campagnes d'information grand public et entretenu des relations suivies avec les élus, la presse et les partenaires privés. Le lien entre culture et politiques publiques me tient particulièrement à cœur.

Vous trouverez ci-joint mon CV et une lettre de motivation. Je me tiens à votre disposition pour un entretien.

Avec mes salutations distinguées,

Mathilde Okonkwo-Lefebvre
Rue Hors-Château 31, 4000 Liège
+32 475 12 34 56
""",
})

# X22 -- her own follow-up (the one Strand later answers)
add({
    "kind": "other", "scenario": "sent_followup", "company": "", "contact": "", "lang": "en",
    "frm": ME, "to": [("Daniel Strand", "daniel.strand@strandpolicy.example.eu")],
    "subject": "Following up",
    "msgid": "<CAF8mol-followup-20260713@mail.example.be>",
    "date": "2026-07-13 09:05 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mr Strand,

I applied for the Policy Analyst position on 22 June and wanted to follow up. I understand if you've decided to move forward with other candidates, but I remain very interested and would welcome the chance of an interview.

Best regards,
Mathilde Okonkwo-Lefebvre
""",
})

# X23 -- her own thank-you after an interview
add({
    "kind": "other", "scenario": "remerciement_apres_entretien", "company": "", "contact": "", "lang": "fr",
    "frm": ME, "to": [("Sophie Granger", "sophie.granger@plume-et-cite.example.fr")],
    "subject": "Merci pour l'entretien",
    "date": "2026-04-10 18:22 +0200", "charset": "utf-8", "cte": "8bit",
    "text": """Bonjour Sophie,

Un grand merci pour le temps que vous m'avez consacré cet après-midi avec Arnaud. La présentation de vos mandats pour les collectivités m'a confortée dans mon envie de vous rejoindre.

Je reste à votre disposition pour un second entretien ou un exercice écrit si cela peut vous aider.

Belle soirée,
Mathilde
""",
})

# X24 -- her own confirmation of an interview, in Spanish, quoting the invitation
add({
    "kind": "other", "scenario": "confirmacion_propia", "company": "", "contact": "", "lang": "es",
    "frm": ME, "to": [("María del Carmen Vidal", "mcarmen.vidal@amci.example.es")],
    "subject": "Re: Convocatoria a entrevista - Técnico/a de Relaciones Institucionales",
    "date": "2026-05-12 18:40 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Estimada Sra. Vidal:

Muchas gracias por la convocatoria. Le confirmo mi asistencia a la entrevista del martes 26 de mayo a las 12:30 h en la calle de Serrano.

Atentamente,
Mathilde Okonkwo-Lefebvre

El mar, 12 may 2026 a las 10:05, María del Carmen Vidal (<mcarmen.vidal@amci.example.es>) escribió:
""" + quote("""Estimada Sra. Okonkwo-Lefebvre:

Nos complace comunicarle que su candidatura ha sido seleccionada para la fase de entrevista del proceso de selección de Técnico/a de Relaciones Institucionales (ref. AMCI-2026-RI-03).

La entrevista tendrá lugar el martes 26 de mayo de 2026 a las 12:30 h en nuestra sede."""),
})

# X25 -- out-of-office from the agency recruiter (Auto-Submitted)
add({
    "kind": "other", "scenario": "reponse_automatique_absence", "company": "", "contact": "julie.brasseur@lumen-recrutement.example.be", "lang": "fr",
    "frm": ("Julie Brasseur", "julie.brasseur@lumen-recrutement.example.be"),
    "subject": "Réponse automatique : Disponibilités fin août",
    "date": "2026-08-11 09:14 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus, sans accès à mes e-mails.

Pour toute urgence concernant un processus de recrutement en cours, vous pouvez contacter ma collègue Sarah Lemaire au 04 222 00 01.

Bien à vous,
Julie Brasseur
Lumen Recrutement
""",
})

# X26 -- English automatic reply (Outlook)
add({
    "kind": "other", "scenario": "automatic_reply_ooo", "company": "", "contact": "tobias.lund@tessellate.example.eu", "lang": "en",
    "frm": ("Tobias Lund", "tobias.lund@tessellate.example.eu"),
    "subject": "Automatic reply: Thank you - Policy & Advocacy Manager",
    "date": "2026-05-27 16:02 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "tobias.lund@tessellate.example.eu")],
    "text": """Thank you for your email. I am out of the office attending the plenary in Strasbourg until Friday 29 May, with limited access to email.

For urgent matters please contact office@tessellate.example.eu.

Tobias Lund
Director, Brussels | Tessellate Public Affairs
""",
})

# X27 -- German out-of-office
add({
    "kind": "other", "scenario": "abwesenheitsnotiz", "company": "", "contact": "k.brandt@rheinwerk.example.eu", "lang": "de",
    "frm": ("Katharina Brandt", "k.brandt@rheinwerk.example.eu"),
    "subject": "Abwesenheitsnotiz: Rückfrage zu meiner Bewerbung",
    "date": "2026-03-19 10:40 +0100", "charset": "iso-8859-1", "cte": "qp", "header_charset": "iso-8859-1",
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an office@rheinwerk.example.eu.

Mit freundlichen Grüßen
Katharina Brandt
Rheinwerk Public Affairs
""",
})

# X28 -- Spanish automatic reply
add({
    "kind": "other", "scenario": "respuesta_automatica", "company": "", "contact": "ramon.iturbe@aefb.example.es", "lang": "es",
    "frm": ("Ramón Iturbe", "ramon.iturbe@aefb.example.es"),
    "subject": "Respuesta automática: Aceptación de la oferta",
    "date": "2026-07-06 09:01 +0200", "charset": "utf-8", "cte": "8bit",
    "headers": [("Auto-Submitted", "auto-replied")],
    "text": """Hola,

Estoy fuera de la oficina hasta el 20 de julio con acceso limitado al correo. Para asuntos urgentes, escribe a secretaria@aefb.example.es.

Gracias,
Ramón Iturbe
AEFB
""",
})

# X29 -- recruiter cold outreach (no interview)
add({
    "kind": "other", "scenario": "recruiter_cold_outreach", "company": "", "contact": "rachel@whitmore-recruitment.example.eu", "lang": "en",
    "frm": ("Rachel Whitmore", "rachel@whitmore-recruitment.example.eu"),
    "subject": "Public affairs opportunities in Luxembourg",
    "date": "2026-02-02 10:37 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

I came across your profile and your work on the Liège mobility campaign. I specialise in public affairs and corporate communications roles in Luxembourg and the Greater Region, and I'm currently working with several financial institutions and two industry federations that are building out their policy teams.

Would you be open to a 15-minute call to hear about the market? No commitment - I'd simply like to understand what you're looking for.

Best,
Rachel

Rachel Whitmore
Founder | Whitmore Public Sector Recruitment
+352 600 000 000
""",
})

# X30 -- head-hunter approach in French (no interview yet)
add({
    "kind": "other", "scenario": "chasseur_premiere_approche", "company": "", "contact": "p.vandamme@vandamme-executive.example.be", "lang": "fr",
    "frm": ("Philippe Vandamme", "p.vandamme@vandamme-executive.example.be"),
    "subject": "Une opportunité qui pourrait vous intéresser",
    "date": "2026-09-28 08:20 +0200", "charset": "windows-1252", "cte": "8bit",
    "text": """Madame,

Je me permets de vous contacter car votre parcours a été porté à mon attention par une personne de votre réseau.

Nous accompagnons actuellement une grande mutualité dans le recrutement de sa future Directrice des affaires publiques, basée à Bruxelles. Le poste demande une excellente connaissance des institutions belges et une vraie sensibilité de communicante – deux qualités que votre profil semble réunir.

Seriez-vous ouverte à un premier échange informel et confidentiel ? Je vous propose de m’indiquer vos disponibilités.

Bien cordialement,

Philippe Vandamme
Managing Partner
Vandamme Executive – Search & Selection
Avenue Louise 326 – 1050 Bruxelles
""",
})

# X31 -- German head-hunter, Luxembourg position, no interview
add({
    "kind": "other", "scenario": "headhunter_luxemburg", "company": "", "contact": "s.kraemer@kraemer-roth.example.lu", "lang": "de",
    "frm": ("Stefan Krämer", "s.kraemer@kraemer-roth.example.lu"),
    "subject": "Spannende Position in Luxemburg",
    "date": "2026-10-05 11:11 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Sehr geehrte Frau Okonkwo-Lefebvre,

für einen unserer Mandanten, eine international tätige Privatbank in Luxemburg, suchen wir eine/n Head of Public Affairs & Corporate Communications.

Ihr Profil hat mich sehr angesprochen. Hätten Sie Interesse an einem unverbindlichen Austausch? Gerne rufe ich Sie zu einem Zeitpunkt Ihrer Wahl an.

Mit freundlichen Grüßen
Stefan Krämer
Partner | Krämer & Roth Personalberatung S.à r.l.
2, rue de l'Industrie, L-8069 Bertrange
""",
})

# X32 -- professional network notification, HTML only
add({
    "kind": "other", "scenario": "profil_consulte", "company": "", "contact": "", "lang": "fr",
    "frm": ("Prolink", "notifications@prolink.example.eu"),
    "subject": "Mathilde, votre profil a été consulté 12 fois cette semaine",
    "date": "2026-03-08 18:00 +0100", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://prolink.example.eu/settings/email/unsub?t=vw12>")],
    "html": f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#191919">
<tr><td style="padding:14px 20px"><img src="https://prolink.example.eu/img/logo.png" alt="Prolink" height="22"></td></tr>
<tr><td style="padding:8px 20px 20px 20px;line-height:1.5">
<p style="font-size:18px">Votre profil a été consulté <b>12 fois</b> cette semaine</p>
<p>Parmi les visiteurs : un recruteur chez un cabinet de conseil à Bruxelles, une personne travaillant dans une institution européenne et 10 autres.</p>
<p><a href="{link('https://prolink.example.eu/me/profile-views', 'pl12', 'e.prolink.example.eu')}" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Voir qui a consulté votre profil</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666">Cet e-mail est destiné à Mathilde Okonkwo-Lefebvre. <a href="https://prolink.example.eu/settings/email/unsub?t=vw12" style="color:#666">Se désabonner</a></td></tr>
</table></td></tr></table>
<img src="https://e.prolink.example.eu/o/vw12.gif" width="1" height="1" alt="">
</body></html>""",
})

# X33 -- training programme: "votre candidature a bien été reçue" (not a job); alternative
add({
    "kind": "other", "scenario": "formation_candidature_recue", "company": "", "contact": "", "lang": "fr",
    "frm": ("Institut de formation aux affaires publiques", "ne-pas-repondre@ifap.example.be"),
    "subject": "Certificat « Lobbying et éthique » – votre candidature a bien été reçue",
    "date": "2026-08-20 14:22 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Mathilde,

Votre candidature au certificat interuniversitaire « Lobbying et éthique » (session d'automne 2026) a bien été reçue.

Le comité pédagogique examinera les dossiers début septembre ; vous recevrez une réponse au plus tard le 11 septembre. Les cours débuteront le 2 octobre à Bruxelles (un vendredi sur deux).

Pour toute question, écrivez à info@ifap.example.be.

Le secrétariat de l'IFAP
""",
    "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Mathilde,</p>
<p>Votre candidature au certificat interuniversitaire <b>« Lobbying et éthique »</b> (session d'automne 2026) a bien été reçue.</p>
<p>Le comité pédagogique examinera les dossiers début septembre ; vous recevrez une réponse au plus tard le 11 septembre. Les cours débuteront le 2 octobre à Bruxelles (un vendredi sur deux).</p>
<p>Pour toute question, écrivez à <a href="mailto:info@ifap.example.be">info@ifap.example.be</a>.</p>
<p>Le secrétariat de l'IFAP</p>
</body></html>""",
})

# X34 -- health-insurance refund refused, HTML only
add({
    "kind": "other", "scenario": "mutuelle_remboursement_refuse", "company": "", "contact": "", "lang": "fr",
    "frm": ("Mutualité Mosane", "noreply@mutualite-mosane.example.be"),
    "subject": "Votre demande de remboursement n°2026-55721",
    "date": "2026-06-15 07:48 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 0"><img src="https://mutualite-mosane.example.be/img/logo.png" alt="Mutualité Mosane" height="34"></td></tr>
<tr><td style="line-height:1.6">
<p>Chère affiliée,</p>
<p>Nous avons bien traité votre demande de remboursement n°2026-55721 (séances d'ostéopathie).</p>
<p>Malheureusement, votre demande a été refusée : le plafond annuel de 6 séances prévu par l'avantage « Médecines alternatives » a déjà été atteint pour 2026.</p>
<p>Vous pouvez consulter le détail dans votre <a href="https://mutualite-mosane.example.be/ma-mutualite">espace en ligne</a>.</p>
<p style="font-size:11px;color:#888">Ce message est envoyé automatiquement. Merci de ne pas y répondre.</p>
</td></tr></table></body></html>""",
})

# X35 -- alumni afterwork invitation; alternative, list
add({
    "kind": "other", "scenario": "alumni_afterwork", "company": "", "contact": "", "lang": "fr",
    "frm": ("Alumni Sciences Po Liège", "alumni@alumni-spl.example.be"),
    "subject": "Afterwork « Affaires publiques » à Namur - jeudi 24 septembre",
    "date": "2026-09-09 12:30 +0200", "charset": "iso-8859-1", "cte": "qp", "header_charset": "iso-8859-1",
    "headers": [("List-Id", "Alumni SPL <membres.alumni-spl.example.be>"),
             ("List-Unsubscribe", "<mailto:alumni-leave@alumni-spl.example.be>"),
             ("Precedence", "list")],
    "text": """Chères et chers alumni,

Notre prochain afterwork « Affaires publiques » aura lieu le jeudi 24 septembre dès 18h30 au Piano Bar, place d'Armes à Namur.

Au programme : rencontre informelle avec trois anciens aujourd'hui en poste dans des cabinets ministériels et des fédérations, et un petit tour de table des offres d'emploi que vous avez repérées.

Inscription souhaitée avant le 20 septembre : https://alumni-spl.example.be/evenements/aw-namur

À très vite,
Le comité des alumni
""",
    "html": """<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<p>Chères et chers alumni,</p>
<p>Notre prochain afterwork <b>« Affaires publiques »</b> aura lieu le <b>jeudi 24 septembre dès 18h30</b> au Piano Bar, place d'Armes à Namur.</p>
<p>Au programme : rencontre informelle avec trois anciens aujourd'hui en poste dans des cabinets ministériels et des fédérations, et un petit tour de table des offres d'emploi que vous avez repérées.</p>
<p><a href="https://alumni-spl.example.be/evenements/aw-namur">Je m'inscris</a> (avant le 20 septembre)</p>
<p>À très vite,<br>Le comité des alumni</p>
<p style="font-size:11px;color:#888">Pour quitter la liste : <a href="mailto:alumni-leave@alumni-spl.example.be">alumni-leave@alumni-spl.example.be</a></p>
</body></html>""",
})

# X36 -- conference session proposal not selected (not a job)
add({
    "kind": "other", "scenario": "conference_proposal_declined", "company": "", "contact": "marta.kowalska@eucommsforum.example.eu", "lang": "en",
    "frm": ("Marta Kowalska", "marta.kowalska@eucommsforum.example.eu"),
    "subject": "EU Comms Forum 2026 - your session proposal",
    "date": "2026-06-30 17:45 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Dear Mathilde,

Thank you for submitting "Explaining a low-emission zone to a sceptical city" to the EU Comms Forum 2026 call for sessions.

We received 212 proposals for 30 slots this year, and I'm sorry to say that yours was not selected for the programme. The committee particularly liked the local angle, and we'd be glad to feature it as a short case study in our autumn newsletter if you are interested.

If you have any questions, just reply to this email.

Best wishes,

Marta Kowalska
Programme Manager, EU Comms Forum
""",
})

# X37 -- Quebec immigration: work permit application received (not a job application)
add({
    "kind": "other", "scenario": "permis_travail_demande_recue", "company": "", "contact": "", "lang": "fr",
    "frm": ("Immigration temporaire – Ne pas répondre", "ne-pas-repondre@immigration-temporaire.example.ca"),
    "subject": "Accusé de réception – Demande de certificat d'acceptation du Québec",
    "date": "2026-04-21 13:02 -0400", "charset": "utf-8", "cte": "b64",
    "text": """Bonjour,

Nous accusons réception de votre demande de certificat d'acceptation du Québec pour travail temporaire (dossier n° CAQT-2026-0417733).

Votre demande sera traitée dans l'ordre de réception. Le délai de traitement actuel est d'environ 30 jours ouvrables. Vous pouvez suivre l'état de votre demande dans votre espace en ligne.

Ceci est un courriel automatique. Veuillez ne pas y répondre.

Direction de l'immigration temporaire
""",
})

# X38 -- foundation declines a grant for her volunteer association (not a job)
add({
    "kind": "other", "scenario": "subvention_refusee", "company": "", "contact": "e.lambrecht@fondation-solidarites.example.be", "lang": "fr",
    "frm": ("Élise Lambrecht", "e.lambrecht@fondation-solidarites.example.be"),
    "subject": "Appel à projets « Participation citoyenne » – décision du jury",
    "date": "2026-05-08 10:30 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Chère Madame Okonkwo-Lefebvre,

Au nom de la Fondation Solidarités mosanes, je vous remercie pour le projet « Liège en Commun – ateliers de quartier » déposé par votre asbl dans le cadre de notre appel « Participation citoyenne ».

Le jury s'est réuni le 5 mai. Malgré ses qualités, votre projet n'a pas été retenu pour un financement cette année : l'enveloppe disponible a été entièrement attribuée à des projets en zone rurale.

Je serais heureuse d'en discuter avec vous si vous envisagez de le redéposer au printemps prochain.

Bien cordialement,

Élise Lambrecht
Chargée de programmes
Fondation Solidarités mosanes
""",
})

# X39 -- telecom bill available, HTML only
add({
    "kind": "other", "scenario": "facture_telecom", "company": "", "contact": "", "lang": "fr",
    "frm": ("Voxalis", "facturation@voxalis.example.be"),
    "subject": "Votre facture de mars est disponible",
    "date": "2026-04-02 05:12 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="padding:16px 22px;background:#5b2c83"><img src="https://voxalis.example.be/mail/logo.png" alt="Voxalis" height="26"></td></tr>
<tr><td style="padding:22px;line-height:1.6">
<p>Bonjour Mathilde,</p>
<p>Votre facture de mars 2026 est disponible : <b>54,90 €</b>, domiciliée le 12 avril.</p>
<p><a href="https://voxalis.example.be/mon-compte/factures">Consulter ma facture</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#999">Voxalis SA · Ne répondez pas à cet e-mail. <a href="https://voxalis.example.be/preferences" style="color:#999">Préférences de communication</a></td></tr>
</table></td></tr></table></body></html>""",
})

# X40 -- her aunt forwards a job ad
add({
    "kind": "other", "scenario": "tante_annonce_province", "company": "", "contact": "b.lefebvre@skynet.example.be", "lang": "fr",
    "frm": ("Bernadette Lefebvre", "b.lefebvre@skynet.example.be"),
    "subject": "regarde ça",
    "date": "2026-02-15 16:48 +0100", "charset": "iso-8859-1", "cte": "8bit",
    "text": """Ma chérie,

Ta cousine a vu ça dans le journal, la Province cherche quelqu'un pour les relations avec les communes, ça serait pas pour toi ? C'est à Namur je crois, le lien est là :
https://emploipublic-mag.example.be/offres/11821

Ne te décourage pas pour les refus, ton oncle a mis deux ans avant de trouver à la Poste.

Gros bisous, à dimanche
Tatie Bernadette
""",
})

# X41 -- recruitment agency newsletter (salary survey); alternative, list
add({
    "kind": "other", "scenario": "agency_newsletter_salaries", "company": "", "contact": "", "lang": "en",
    "frm": ("Brightwater Search", "insights@brightwater-search.example.eu"),
    "subject": "Public Affairs Salary Survey 2026 + hiring outlook",
    "date": "2026-01-27 11:00 +0100", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Brightwater Insights <insights.brightwater-search.example.eu>"),
             ("List-Unsubscribe", "<https://brightwater-search.example.eu/prefs?u=mol>")],
    "text": """BRIGHTWATER INSIGHTS - January 2026

Public Affairs Salary Survey 2026
Median base salaries in Brussels rose 4.1% last year; consultancies are paying a premium for energy and AI policy expertise. Download the full report: https://brightwater-search.example.eu/insights/salary-2026

Hiring outlook
Trade associations expect to keep headcount flat; NGOs report more openings in advocacy and campaigns. Candidates should expect two to three interview rounds and a written exercise.

Brightwater Search Ltd | Registered in England No. 08123456
Manage preferences: https://brightwater-search.example.eu/prefs?u=mol
""",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a41;max-width:600px">
<p style="font-size:12px;color:#5c6b7a;letter-spacing:1px">BRIGHTWATER INSIGHTS · JANUARY 2026</p>
<h2>Public Affairs Salary Survey 2026</h2>
<p>Median base salaries in Brussels rose 4.1% last year; consultancies are paying a premium for energy and AI policy expertise.</p>
<p><a href="{link('https://brightwater-search.example.eu/insights/salary-2026', 'bw26a', 'go.brightwater-search.example.eu')}">Download the full report</a></p>
<h2>Hiring outlook</h2>
<p>Trade associations expect to keep headcount flat; NGOs report more openings in advocacy and campaigns. Candidates should expect two to three interview rounds and a written exercise.</p>
<p style="font-size:11px;color:#8a97a5">Brightwater Search Ltd | Registered in England No. 08123456 · <a href="https://brightwater-search.example.eu/prefs?u=mol">Manage preferences</a></p>
<img src="https://go.brightwater-search.example.eu/o/bw26.gif" width="1" height="1" alt="">
</body></html>""",
})

# X42 -- Spanish job alert, HTML only
add({
    "kind": "other", "scenario": "alerta_empleo_madrid", "company": "", "contact": "", "lang": "es",
    "frm": ("Alertas TrabajoPúblico", "alertas@trabajopublico.example.es"),
    "subject": "5 nuevas ofertas: «asuntos públicos» en Madrid",
    "date": "2026-09-22 07:30 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Unsubscribe", "<https://trabajopublico.example.es/alertas/baja?id=a19>")],
    "html": f"""<html><body style="margin:0;background:#eef2f7;font-family:Tahoma,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#263238">
<tr><td style="padding:14px 22px;background:#c62828"><img src="https://trabajopublico.example.es/img/tp-logo.png" alt="TrabajoPúblico" height="24"></td></tr>
<tr><td style="padding:18px 22px;line-height:1.6">
<p>Hola Mathilde, estas son las nuevas ofertas para tu alerta <b>«asuntos públicos» · Madrid</b>:</p>
<p><a href="{link('https://trabajopublico.example.es/oferta/30011', 'ta1', 'clic.trabajopublico.example.es')}">Técnico/a de Relaciones Institucionales</a> – Asociación sectorial<br>
<a href="{link('https://trabajopublico.example.es/oferta/30019', 'ta2', 'clic.trabajopublico.example.es')}">Public Affairs Manager</a> – Consultora<br>
<a href="{link('https://trabajopublico.example.es/oferta/30024', 'ta3', 'clic.trabajopublico.example.es')}">Responsable de Incidencia</a> – ONG</p>
<p><a href="{link('https://trabajopublico.example.es/alertas/a19', 'ta4', 'clic.trabajopublico.example.es')}">Ver las 5 ofertas</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#90a4ae"><a href="https://trabajopublico.example.es/alertas/baja?id=a19" style="color:#90a4ae">Eliminar esta alerta</a></td></tr>
</table></td></tr></table>
<img src="https://clic.trabajopublico.example.es/o/a19.gif" width="1" height="1" alt="">
</body></html>""",
})

# X43 -- candidate-experience survey after a process, HTML only
add({
    "kind": "other", "scenario": "enquete_experience_candidat", "company": "", "contact": "", "lang": "fr",
    "frm": ("Hemicycle Partners via Greenhouse", "no-reply@greenhouse-mail.io"),
    "subject": "Votre avis sur notre processus de recrutement (2 minutes)",
    "date": "2026-04-06 10:00 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#202124;line-height:1.55;max-width:560px">
<p>Bonjour Mathilde,</p>
<p>Vous avez récemment participé à un processus de recrutement chez Hemicycle Partners. Quelle que soit son issue, votre avis nous aide à améliorer l'expérience de nos candidat·e·s.</p>
<p>Ce questionnaire anonyme prend deux minutes :</p>
<p><a href="https://app.greenhouse.io/survey/candidate/91c2f0?lang=fr" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Répondre au questionnaire</a></p>
<p>Merci !<br>L'équipe Talent d'Hemicycle Partners</p>
<p style="font-size:11px;color:#80868b">Vous pouvez <a href="https://app.greenhouse.io/survey/unsubscribe/91c2f0">refuser les enquêtes</a>.</p>
</div>""",
})

# X44 -- ATS candidate account created (not an application acknowledgement), HTML only
add({
    "kind": "other", "scenario": "candidate_account_created", "company": "", "contact": "", "lang": "en",
    "frm": ("Castellan Global Affairs Recruiting", "castellan@myworkday.com"),
    "subject": "Your candidate account has been created",
    "date": "2026-05-29 19:02 +0200", "charset": "utf-8", "cte": "qp",
    "html": """<html><body style="margin:0;padding:0;background:#f0f0f0">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:20px 0">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 30px;background:#14213d"><img src="https://wd3.myworkday.com/castellan/img/castellan_logo_white.png" alt="Castellan Global Affairs" width="170"></td></tr>
<tr><td style="padding:26px 30px;line-height:1.6">
<p>Dear Mathilde,</p>
<p>Your candidate account on the Castellan Global Affairs careers site has been created. Your username is <b>mathilde.ol@example.be</b>.</p>
<p>To verify your email address, please <a href="https://wd3.myworkday.com/castellan/login.htmld?verify=6c21aa">click here</a> within 24 hours.</p>
<p>If you did not create this account, you can ignore this email.</p>
</td></tr>
<tr><td style="padding:14px 30px;font-size:10px;color:#999;background:#f7f7f7">Please do not reply to this message.</td></tr>
</table></td></tr></table></body></html>""",
})

# X45 -- job board email verification, HTML only
add({
    "kind": "other", "scenario": "confirmer_adresse_email", "company": "", "contact": "", "lang": "fr",
    "frm": ("PolitiJobs", "bienvenue@politijobs.example.eu"),
    "subject": "Confirmez votre adresse e-mail",
    "date": "2026-01-05 21:33 +0100", "charset": "utf-8", "cte": "qp",
    "html": """<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">
<table role="presentation" width="100%"><tr><td align="center" style="padding:24px">
<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#111827">
<tr><td style="padding:18px 24px;background:#312e81"><img src="https://cdn.politijobs.example.eu/mail/logo-white.png" alt="PolitiJobs" height="28"></td></tr>
<tr><td style="padding:24px;line-height:1.6">
<p>Bienvenue sur PolitiJobs, Mathilde !</p>
<p>Pour activer votre compte et commencer à postuler, confirmez votre adresse e-mail :</p>
<p style="text-align:center"><a href="https://politijobs.example.eu/verify?t=Zk3pQ" style="background:#312e81;color:#fff;padding:11px 22px;border-radius:6px;text-decoration:none">Confirmer mon adresse</a></p>
<p style="font-size:12px;color:#6b7280">Ce lien expire dans 48 heures.</p>
</td></tr></table></td></tr></table></body></html>""",
})

# X46 -- Spanish bookshop order delayed; alternative
add({
    "kind": "other", "scenario": "pedido_retrasado", "company": "", "contact": "", "lang": "es",
    "frm": ("Librería Tomo", "pedidos@libreriatomo.example.es"),
    "subject": "Tu pedido #48213 se ha retrasado",
    "date": "2026-07-28 12:12 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hola Mathilde:

Lamentablemente, tu pedido #48213 ("Lobbying en Bruselas: manual práctico", 2.ª ed.) se ha retrasado porque la editorial no nos ha servido los ejemplares a tiempo.

La nueva fecha estimada de envío es el 5 de agosto. Si prefieres cancelar el pedido, puedes hacerlo desde tu cuenta y te devolveremos el importe íntegro.

Disculpa las molestias.

Librería Tomo
""",
    "html": """<html><body style="font-family:Georgia,serif;font-size:15px;color:#3b2f2f">
<p>Hola Mathilde:</p>
<p>Lamentablemente, tu pedido <b>#48213</b> ("Lobbying en Bruselas: manual práctico", 2.ª ed.) se ha retrasado porque la editorial no nos ha servido los ejemplares a tiempo.</p>
<p>La nueva fecha estimada de envío es el <b>5 de agosto</b>. Si prefieres cancelar el pedido, puedes hacerlo desde <a href="https://libreriatomo.example.es/mi-cuenta/pedidos/48213">tu cuenta</a> y te devolveremos el importe íntegro.</p>
<p>Disculpa las molestias.</p>
<p>Librería Tomo</p>
<p style="font-size:11px;color:#999">Librería Tomo S.L. · <a href="https://libreriatomo.example.es/baja">No quiero recibir más correos</a></p>
</body></html>""",
})

# X47 -- card payment declined, plain, fintech
add({
    "kind": "other", "scenario": "card_payment_declined", "company": "", "contact": "", "lang": "en",
    "frm": ("Kleo Money", "alerts@kleomoney.example.eu"),
    "subject": "Your card payment was declined",
    "date": "2026-08-15 13:27 +0200", "charset": "utf-8", "cte": "qp",
    "text": """Hi Mathilde,

Unfortunately your card payment of EUR 89.00 to SNCB-NMBS ONLINE was declined on 15 Aug at 13:26 because it exceeded your daily online spending limit.

You can raise your limit in the app under Cards > Limits. If you don't recognise this payment, freeze your card immediately.

The Kleo team
This is an automated alert. Please don't reply.
""",
})

# X48 -- friend reviews her cover letter, quoted request
add({
    "kind": "other", "scenario": "amie_relecture_lettre", "company": "", "contact": "lou.desmet@mailbox.example.be", "lang": "fr",
    "frm": ("Lou Desmet", "lou.desmet@mailbox.example.be"),
    "subject": "Re: tu peux relire ?",
    "date": "2026-02-28 23:02 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Coucou !

Relu ta lettre pour Hemicycle : globalement top. Trois trucs :
- le premier paragraphe est trop long, coupe après « Ville de Liège »
- enlève « je me permets » (deux fois !)
- parle plus de la ZBE, c'est ton meilleur exemple

Et arrête de stresser, tu vas l'avoir cet entretien.

Lou

Le sam. 28 févr. 2026 à 19:47, Mathilde Okonkwo-Lefebvre <mathilde.ol@example.be> a écrit :
""" + quote("""Hello Lou,
Tu peux relire ma lettre pour Hemicycle Partners ce week-end ? J'ai peur d'un refus direct si elle est trop longue...
Merci <3
M."""),
})

# X49 -- mentor's advice before an interview
add({
    "kind": "other", "scenario": "mentor_conseils_entretien", "company": "", "contact": "bernard.colson@mailbox.example.be", "lang": "fr",
    "frm": ("Bernard Colson", "bernard.colson@mailbox.example.be"),
    "subject": "Pour jeudi",
    "date": "2026-04-13 20:19 +0200", "charset": "windows-1252", "cte": "qp",
    "text": """Chère Mathilde,

Quelques idées pour ton entretien de jeudi chez DVPA, en vrac :

– Pierre Dumont adore qu’on lui parle de résultats concrets : chiffre ta campagne ZBE (taux d’ouverture, couverture presse…).
– Ils vont te demander un avis sur une note de positionnement : structure ta réponse en trois temps, enjeu / acteurs / recommandation.
– Si on te parle salaire, ne donne pas de chiffre en premier. Et si offre il y a, prends 48 heures pour répondre.

Tu as toutes les cartes. Tiens-moi au courant !

Bernard
""",
})

# X50 -- Spanish NGO newsletter with a volunteering call; alternative, list
add({
    "kind": "other", "scenario": "newsletter_ong_voluntariado", "company": "", "contact": "", "lang": "es",
    "frm": ("Fundación Cívica Iberoamericana", "noticias@civicaiberoamericana.example.org"),
    "subject": "Noticias de octubre: convocatoria abierta de voluntariado",
    "date": "2026-10-01 10:00 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "Noticias FCI <noticias.civicaiberoamericana.example.org>"),
             ("List-Unsubscribe", "<https://civicaiberoamericana.example.org/baja?e=mol>"),
             ("Precedence", "bulk")],
    "text": """NOTICIAS DE LA FUNDACIÓN CÍVICA IBEROAMERICANA - Octubre 2026

Convocatoria abierta: buscamos voluntarias y voluntarios para nuestro programa de observación electoral. Plazo: 31 de octubre.
https://civicaiberoamericana.example.org/voluntariado

Informe anual: la participación ciudadana en 12 ciudades iberoamericanas.
https://civicaiberoamericana.example.org/informe-2026

Baja: https://civicaiberoamericana.example.org/baja?e=mol
""",
    "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
<img src="https://civicaiberoamericana.example.org/img/logo.png" alt="Fundación Cívica Iberoamericana" width="200">
<h2>Convocatoria abierta de voluntariado</h2>
<p>Buscamos voluntarias y voluntarios para nuestro programa de observación electoral. Plazo: 31 de octubre.</p>
<p><a href="{link('https://civicaiberoamericana.example.org/voluntariado', 'fci01', 'mail.civicaiberoamericana.example.org')}">Más información</a></p>
<h2>Informe anual</h2>
<p>La participación ciudadana en 12 ciudades iberoamericanas.</p>
<p><a href="{link('https://civicaiberoamericana.example.org/informe-2026', 'fci02', 'mail.civicaiberoamericana.example.org')}">Descargar el informe</a></p>
<p style="font-size:11px;color:#999"><a href="https://civicaiberoamericana.example.org/baja?e=mol">Darse de baja</a></p>
<img src="https://mail.civicaiberoamericana.example.org/o/oct.gif" width="1" height="1" alt="">
</body></html>""",
})

# X51 -- dentist appointment reminder, plain
add({
    "kind": "other", "scenario": "rappel_rendez_vous_dentiste", "company": "", "contact": "", "lang": "fr",
    "frm": ("Cabinet dentaire du Laveu", "rappels@dentaire-laveu.example.be"),
    "subject": "Rappel : votre rendez-vous du 17 mars à 8h15",
    "date": "2026-03-15 18:00 +0100", "charset": "utf-8", "cte": "qp",
    "text": """Bonjour Mathilde Okonkwo-Lefebvre,

Nous vous rappelons votre rendez-vous avec le Dr Henrard le mardi 17 mars 2026 à 8h15 (détartrage).

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance au 04 252 00 00. Tout rendez-vous manqué sans prévenir pourra être facturé.

Cabinet dentaire du Laveu – rue du Laveu 58, 4000 Liège
Message automatique, merci de ne pas répondre.
""",
})

# X52 -- public-affairs network drinks invitation; alternative, list
add({
    "kind": "other", "scenario": "network_drinks_invite", "company": "", "contact": "", "lang": "en",
    "frm": ("Public Affairs Network Brussels", "events@panbrussels.example.eu"),
    "subject": "You're invited: PAN Brussels summer drinks, 2 July",
    "date": "2026-06-18 12:05 +0200", "charset": "utf-8", "cte": "qp",
    "headers": [("List-Id", "PAN Brussels events <events.panbrussels.example.eu>"),
             ("List-Unsubscribe", "<https://panbrussels.example.eu/unsubscribe?m=4471>")],
    "text": """PAN BRUSSELS - SUMMER DRINKS

Thursday 2 July, 18:30-21:00
Rooftop of the Résidence Palace, Rue de la Loi 155

Join 200+ public affairs professionals for our last drinks before the summer break. Free for members, EUR 15 for guests.

RSVP: https://panbrussels.example.eu/events/summer-2026

Unsubscribe: https://panbrussels.example.eu/unsubscribe?m=4471
""",
    "html": f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;max-width:560px">
<h1 style="font-size:22px;color:#003f5c">PAN Brussels – Summer Drinks</h1>
<p><b>Thursday 2 July, 18:30-21:00</b><br>Rooftop of the Résidence Palace, Rue de la Loi 155</p>
<p>Join 200+ public affairs professionals for our last drinks before the summer break. Free for members, EUR 15 for guests.</p>
<p><a href="{link('https://panbrussels.example.eu/events/summer-2026', 'pan26', 'go.panbrussels.example.eu')}" style="background:#003f5c;color:#fff;padding:10px 18px;text-decoration:none">RSVP</a></p>
<p style="font-size:11px;color:#999"><a href="https://panbrussels.example.eu/unsubscribe?m=4471">Unsubscribe</a></p>
<img src="https://go.panbrussels.example.eu/o/pan26.gif" width="1" height="1" alt="">
</body></html>""",
})
