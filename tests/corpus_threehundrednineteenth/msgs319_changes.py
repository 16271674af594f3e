"""interview_reschedule_or_cancel (15) and missed_interview_notice (10)."""

from __future__ import annotations

from msgs319_common import html_page, paras

RESCHEDULES = [
    # ---------------------------------------------------------------- German
    {
        "id": "chg_arzneiwerk_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Arzneiwerk Teutoburg", "contact": "s.brockhoff@arzneiwerk-teutoburg.example.de",
        "frm": "Svenja Brockhoff <s.brockhoff@arzneiwerk-teutoburg.example.de>",
        "subj": "Aktualisiert: Kennenlerngespräch – neuer Termin 31.07., 09:00 Uhr",
        "date": "2026-07-24 16:40 +0200", "parent": "own_de_confirm_arzneiwerk", "quote": "gt",
        "text": """Liebe Frau Lammersdorf,

leider muss ich unseren Termin am Dienstag verschieben: Frau Dr. Vosskamp ist kurzfristig zu einer Behördenbesprechung beim BfArM nach Bonn eingeladen worden.

Könnten wir stattdessen Freitag, den 31. Juli, um 09:00 Uhr sprechen? Ich habe die Kalendereinladung bereits angepasst – der Teams-Link bleibt derselbe. Falls es Ihnen nicht passt, finden wir gern eine andere Lösung.

Entschuldigen Sie die Umstände!

Herzliche Grüße
Svenja Brockhoff
Talent Acquisition | Arzneiwerk Teutoburg""",
        "ics": {"uid": "aw-ra-2026-0711-kennenlernen@arzneiwerk-teutoburg.example.de", "seq": 1,
                 "start": "2026-07-31 09:00", "minutes": 60, "tz": "Europe/Berlin",
                 "summary": "Kennenlerngespräch Friederike Lammersdorf – RA Associate (verschoben)",
                 "location": "Microsoft Teams-Besprechung"},
    },
    {
        "id": "chg_aasee_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Klinikum Aasee", "contact": "u.poetter@klinikum-aasee.example.de",
        "frm": "Dr. Ulrich Pötter <u.poetter@klinikum-aasee.example.de>",
        "cc": "\"Tenhagen, Monika\" <m.tenhagen@klinikum-aasee.example.de>",
        "subj": "WG: Einladung zum Vorstellungsgespräch mit Hospitation – Terminänderung",
        "date": "2026-03-20 07:55 +0100", "parent": "inv_aasee_probetag", "quote": "outlook",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

leider muss ich Ihren Hospitationstermin am kommenden Mittwoch absagen - bei uns steht kurzfristig eine Begehung durch die Bezirksregierung an, und die halbe Apotheke ist eingebunden.

Ich schlage als Ersatz Dienstag, den 31.03.2026, ebenfalls ab 08:00 Uhr vor. Alles andere (Treffpunkt, Ablauf) bleibt wie unten beschrieben. Geben Sie Frau Tenhagen bitte kurz Bescheid, ob Sie es einrichten können.

Mit freundlichen Grüßen
Dr. Ulrich Pötter
Chefapotheker - Krankenhausapotheke
Klinikum Aasee Münster""",
    },
    {
        "id": "chg_agpw_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Agentur für Gesundheitsprodukte Wien", "contact": "sabine.hoedl@agpw.example.at",
        "frm": "Mag. Sabine Hödl <sabine.hoedl@agpw.example.at>",
        "subj": "AW: Hearing 10. Juni – Bitte um Terminverschiebung",
        "date": "2026-05-28 09:21 +0200", "parent": "own_de_resched_agpw", "quote": "outlook",
        "text": """Sehr geehrte Frau Lammersdorf,

danke für Ihre Nachricht. Die Kommission hat zugestimmt: Ihr Hearing wird auf Donnerstag, 11. Juni 2026, 13:00 Uhr verlegt. Ort und Ablauf bleiben unverändert.

Bitte bestätigen Sie den neuen Termin kurz.

Mit freundlichen Grüßen
Mag. Sabine Hödl
Personal und Recht | AGPW""",
    },
    {
        "id": "chg_galenova_postponed", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Galenova", "contact": "",
        "frm": "Galenova Talent Acquisition <galenova@myworkday.com>",
        "subj": "Wichtig: Verschiebung des Assessment Centers – R-10472",
        "date": "2026-06-22 02:45 -0700", "parent": "inv_galenova_ac",
        "html": html_page(paras(
            "Hallo Friederike,",
            "aus organisatorischen Gründen können wir das Assessment Center am 1. Juli 2026 "
            "leider nicht wie geplant durchführen.",
            "<b>Neuer Termin:</b> Dienstag, 7. Juli 2026, 08:30–16:00 Uhr, gleicher Ort.",
            "Ihre Bewerbung bleibt selbstverständlich im Verfahren. Bitte bestätigen Sie den "
            "neuen Termin in Ihrem Workday-Kandidatenkonto bis zum 26. Juni.",
            "Wir entschuldigen uns für die Unannehmlichkeiten.<br>Galenova Talent Acquisition",
        ), brand="GALENOVA", color="#6a1b9a",
            footer="Diese Nachricht wurde von Workday im Auftrag von Galenova versendet."),
    },
    {
        "id": "chg_kessler_weserland", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Weserland Pharma", "contact": "t.kessler@kessler-brandt.example.de",
        "frm": "Thomas Kessler <t.kessler@kessler-brandt.example.de>",
        "subj": "Terminänderung Weserland Pharma",
        "date": "2026-04-17 11:03 +0200", "parent": "inv_kessler_weserland", "quote": "gt",
        "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

kurze Info: Weserland Pharma muss das Gespräch vom 23.04. auf Montag, den 27.04., 10:00 Uhr verschieben – Herr Dr. Gerdes ist in der Woche auf einer Inspektion. Ort bleibt gleich.

Ich hoffe, das klappt bei Ihnen? Sonst rufen Sie mich gern an.

Beste Grüße
Thomas Kessler
Kessler & Brandt Personalberatung""",
    },
    {
        "id": "chg_medicanna_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Medicanna Westfalen", "contact": "jonas@medicanna-westfalen.example.de",
        "frm": "Jonas Feldhues <jonas@medicanna-westfalen.example.de>",
        "subj": "Abgesagt: Video-Call Friederike / Jonas (Di 12.05., 16:00)",
        "date": "2026-05-11 21:14 +0200",
        "text": """Hi Friederike,

sorry für die späte Nachricht – ich liege mit Fieber flach und muss unseren Call morgen leider absagen. Ich melde mich, sobald ich wieder fit bin, und dann finden wir schnell einen neuen Termin. An deiner Bewerbung ändert das natürlich nichts!

Liebe Grüße
Jonas

Jonas Feldhues | Head of Quality & QP-Assistenz
Medicanna Westfalen GmbH | Am Hawerkamp 29 | 48155 Münster""",
        "ics": {"uid": "medicanna-call-0512-friederike@medicanna-westfalen.example.de", "seq": 1,
                 "method": "CANCEL", "start": "2026-05-12 16:00", "minutes": 30, "tz": "Europe/Berlin",
                 "summary": "Video-Call Friederike / Jonas", "location": "Google Meet"},
    },
    {
        "id": "chg_alpenklin_moved", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Alpenklin", "contact": "k.moser@alpenklin.example.at",
        "frm": "Katharina Moser <k.moser@alpenklin.example.at>",
        "subj": "Verschiebung unseres Gesprächs am Dienstag",
        "date": "2026-06-12 14:37 +0200", "parent": "inv_alpenklin", "quote": "gt",
        "text": """Liebe Frau Lammersdorf,

leider hat sich bei Herrn Reiter ein Termin mit einem Sponsor überschnitten. Wäre es für Sie möglich, unser Gespräch von Dienstag, 16. Juni, auf Donnerstag, 18. Juni 2026, 10:30 Uhr zu verschieben?

Ich schicke Ihnen dann eine aktualisierte Einladung.

Liebe Grüße
Katharina Moser
People & Culture | Alpenklin""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "chg_clinvia_screen_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Clinvia Research", "contact": "aoife.brennan@clinvia.example.ie",
        "frm": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Re: Clinvia Research - let's schedule a call",
        "date": "2026-02-04 08:19 +0000", "parent": "inv_clinvia_screen", "quote": "gt",
        "text": """Hi Friederike,

So sorry to do this, but I've been pulled into an all-day workshop on Friday and need to move our call. Would Wednesday 11 February at 13:00 GMT (14:00 CET) work for you instead? Same Teams link.

Apologies again - looking forward to chatting!

Aoife""",
    },
    {
        "id": "chg_clinvia_panel_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Clinvia Research", "contact": "aoife.brennan@clinvia.example.ie",
        "frm": "Aoife Brennan <aoife.brennan@clinvia.example.ie>",
        "subj": "Cancelled: Panel interview - Pharmacovigilance Associate @ Thu 26 Feb 2026",
        "date": "2026-02-23 12:02 +0000", "parent": "inv_clinvia_panel",
        "text": """Hi Friederike,

Unfortunately we have to cancel Thursday's panel - Declan has had to fly to our Raleigh office at short notice for a regulatory inspection. This has nothing to do with your application, and the team is still very keen to meet you.

I'll come back to you early next week with a couple of new dates in March.

Thanks for your understanding,
Aoife

Aoife Brennan
Talent Partner, EMEA | Clinvia Research""",
        "ics": {"uid": "gh-clinvia-panel-88412@clinvia.example.ie", "seq": 1, "method": "CANCEL",
                 "start": "2026-02-26 10:00", "minutes": 90, "tz": "Europe/Dublin",
                 "summary": "Panel interview - Friederike Lammersdorf - PV Associate",
                 "location": "Microsoft Teams"},
    },
    {
        "id": "chg_harbourview_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Harbourview Pharma", "contact": "c.doyle@harbourview.example.ie",
        "frm": "Ciara Doyle <c.doyle@harbourview.example.ie>",
        "subj": "RE: Interview - Regulatory Affairs Executive",
        "date": "2026-09-09 13:48 +0100", "parent": "inv_harbourview_video", "quote": "outlook",
        "text": """Dear Friederike,

I'm afraid we need to postpone your interview on Monday 14th. Colm is unexpectedly out of the office next week. I will be in touch as soon as I have his availability for the week of the 21st.

Apologies for any inconvenience.

Kind regards,
Ciara Doyle
HR Generalist | Harbourview Pharma""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "chg_rhodanie_report", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Laboratoires Rhodanie", "contact": "a.morel@rhodanie.example.fr",
        "frm": "Aurélie Morel <a.morel@rhodanie.example.fr>",
        "subj": "Report de votre entretien du 4 mars",
        "date": "2026-03-04 08:12 +0100", "parent": "inv_rhodanie_visio",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour Friederike,

Je suis désolée de vous prévenir si tard : M. Caillaux est retenu ce matin par un audit imprévu de l'ANSM et ne pourra pas assurer l'entretien de 11h.

Pouvons-nous le reporter à mardi prochain, 10 mars, à la même heure ? Le lien de visioconférence reste identique.

Merci pour votre compréhension,
Aurélie Morel
Laboratoires Rhodanie""",
    },
    {
        "id": "chg_clinvia_lyon_horaire", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Clinvia Research", "contact": "camille.fournier@clinvia.example.fr",
        "frm": "Camille Fournier <camille.fournier@clinvia.example.fr>",
        "subj": "RE: Entretien – Chargée de pharmacovigilance (Lyon-Gerland)",
        "date": "2026-04-27 15:50 +0200", "parent": "inv_clinvia_lyon", "quote": "gt",
        "text": """Bonjour Friederike,

Petit changement : Hélène Vasseur a une réunion de comité de sécurité qui a été déplacée au jeudi matin. Serait-il possible de décaler notre entretien au jeudi 30 avril à 15h00 plutôt qu'à 10h00 ? Le format visio est confirmé.

Merci et à jeudi,
Camille""",
    },
    {
        "id": "chg_verneuil_decale", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Biogénérique Saône", "contact": "p.lacombe@cabinet-verneuil.example.fr",
        "frm": "Pauline Lacombe – Cabinet Verneuil <p.lacombe@cabinet-verneuil.example.fr>",
        "name_enc": ("windows-1252", "q"),
        "subj": "Biogénérique Saône : entretien décalé",
        "subj_enc": ("iso-8859-1", "q"),
        "date": "2026-09-18 18:06 +0200", "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Bonjour Friederike,

Biogénérique Saône vient de m'informer que Mme Reynaud doit s'absenter mardi. L'entretien est donc annulé pour le 22 septembre ; ils me proposent de vous recevoir le vendredi 25 septembre à 10h, au même endroit.

Dites-moi si cela vous convient, je confirme aussitôt.

Bonne soirée,
Pauline""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "chg_verdalia_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Verdalia Farma", "contact": "marta.soler@verdalia.example.es",
        "frm": "Marta Soler <marta.soler@verdalia.example.es>",
        "subj": "RE: Entrevista para el puesto de Técnica de Farmacovigilancia – Verdalia Farma",
        "date": "2026-03-17 09:05 +0100", "parent": "inv_verdalia", "quote": "gt",
        "text": """Hola de nuevo, Friederike:

Te escribo porque Jordi tiene que viajar el jueves a una inspección de la AEMPS en nuestra plantación de Lleida. ¿Podríamos cambiar la entrevista al viernes 20 de marzo a las 12:30 h? Mismo enlace de Meet.

Perdona el cambio y gracias por tu flexibilidad.

Un saludo,
Marta""",
    },
    {
        "id": "chg_clinvia_bcn_aplaza", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Clinvia Research", "contact": "lucia.ferrer@clinvia.example.es",
        "frm": "Lucía Ferrer <lucia.ferrer@clinvia.example.es>",
        "subj": "Cambio de fecha: entrevista Pharmacovigilance Associate (Barcelona)",
        "date": "2026-05-06 10:28 +0200", "parent": "inv_clinvia_bcn",
        "text": """Hola Friederike:

Albert tiene una auditoría de un cliente que se ha adelantado y no podrá estar mañana. Hemos movido la entrevista al martes 12 de mayo a las 10:00 h; te acabo de enviar la invitación actualizada.

Si no te encaja, dime y buscamos otro hueco.

Gracias,
Lucía

Lucía Ferrer
Talent Partner Iberia · Clinvia Research""",
        "ics": {"uid": "gh-clinvia-bcn-2271@clinvia.example.es", "seq": 1,
                 "start": "2026-05-12 10:00", "minutes": 45, "tz": "Europe/Madrid",
                 "summary": "Entrevista Friederike Lammersdorf - PV Associate Barcelona",
                 "location": "Google Meet"},
    },
]

MISSED = [
    # ---------------------------------------------------------------- German
    {
        "id": "mis_vetoria", "kind": "missed_interview_notice", "lang": "de",
        "company": "Vetoria Tiergesundheit", "contact": "lena.osterkamp@vetoria.example.de",
        "frm": "Lena Osterkamp <lena.osterkamp@vetoria.example.de>",
        "subj": "Unser Video-Interview heute um 10:00 Uhr",
        "date": "2026-02-24 10:26 +0100", "parent": "inv_vetoria_first",
        "text": """Liebe Frau Lammersdorf,

Dr. Brandes und ich haben heute um 10:00 Uhr im Teams-Meeting auf Sie gewartet, Sie haben sich aber leider nicht eingewählt. Auch telefonisch konnte ich Sie nicht erreichen.

Ist etwas dazwischengekommen? Bitte melden Sie sich kurz bei mir, dann schauen wir, ob wir noch einen anderen Termin finden.

Viele Grüße
Lena Osterkamp
Recruiting | Vetoria Tiergesundheit""",
    },
    {
        "id": "mis_promed", "kind": "missed_interview_notice", "lang": "de",
        "company": "ProMed Personal", "contact": "d.aydin@promed-personal.example.de",
        "frm": "Derya Aydin | ProMed Personal <d.aydin@promed-personal.example.de>",
        "subj": "Heute 9 Uhr – Sie waren nicht da?",
        "date": "2026-01-22 09:41 +0100", "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Frau Lammersdorf,

ich stand heute ab 08:45 Uhr wie vereinbart am Pförtner unseres Kunden und habe bis 09:20 Uhr auf Sie gewartet. Leider sind Sie nicht erschienen und auf meine Anrufe haben Sie nicht reagiert.

Der Kunde war natürlich etwas irritiert. Bitte rufen Sie mich heute noch zurück, damit wir klären können, ob und wie es weitergeht.

Viele Grüße
Derya Aydin
ProMed Personal – Niederlassung Münster
0251 20 888-31""",
    },
    {
        "id": "mis_pvkontor", "kind": "missed_interview_notice", "lang": "de",
        "company": "PV-Kontor", "contact": "h.lueke@pv-kontor.example.de",
        "frm": "Heike Lüke <h.lueke@pv-kontor.example.de>",
        "name_enc": ("windows-1252", "q"),
        "subj": "Telefonat heute 10 Uhr",
        "date": "2026-09-16 10:32 +0200", "parent": "inv_pvkontor_phone",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

ich habe heute um 10:00 und um 10:15 Uhr versucht, Sie wie verabredet anzurufen, bin aber jeweils nur auf der Mailbox gelandet.

Falls Sie noch Interesse haben, schreiben Sie mir gern, wann ich Sie besser erreiche – diese Woche bin ich noch bis Donnerstag im Büro.

Schöne Grüße
Heike Lüke
PV-Kontor""",
    },
    {
        "id": "mis_helvapharm", "kind": "missed_interview_notice", "lang": "de",
        "company": "Helvapharm", "contact": "reto.baumgartner@helvapharm.example.ch",
        "frm": "Reto Baumgartner <reto.baumgartner@helvapharm.example.ch>",
        "subj": "Telefoninterview von heute, 10.00 Uhr",
        "date": "2026-02-03 10:48 +0100", "parent": "inv_helvapharm_phone",
        "text": """Guten Tag Frau Lammersdorf

Ich habe Sie heute um 10.00 Uhr wie vereinbart angerufen, zweimal, leider ohne Erfolg – es meldete sich nur die Combox. Ich habe Ihnen eine Nachricht hinterlassen.

Bitte teilen Sie mir mit, ob Sie weiterhin an der Stelle interessiert sind.

Freundliche Grüsse
Reto Baumgartner
Helvapharm AG, Basel""",
    },
    {
        "id": "mis_ostfalen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Ostfalen Pharma", "contact": "jan.wiebking@ostfalen-pharma.example.de",
        "frm": "Jan Wiebking <jan.wiebking@ostfalen-pharma.example.de>",
        "subj": "Telefoninterview mit Frau Dr. Sommerkamp – wir konnten Sie nicht erreichen",
        "date": "2026-03-23 15:12 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hallo Frau Lammersdorf,

Frau Dr. Sommerkamp hat heute um 14:30 Uhr zum vereinbarten Telefoninterview bei Ihnen angerufen, Sie aber leider nicht erreicht. Ein Rückruf kam bis jetzt nicht.

Sie hat mir zwei Ersatztermine genannt: Mittwoch, 25.03., 8:30 Uhr oder Donnerstag, 26.03., 16:00 Uhr. Sagen Sie mir einfach, was Ihnen besser passt.

Viele Grüße aus Hannover
Jan Wiebking
HR Business Partner | Ostfalen Pharma""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "mis_sentinel", "kind": "missed_interview_notice", "lang": "en",
        "company": "Sentinel PV Services", "contact": "priya.raman@sentinelpv.example.ie",
        "frm": "Priya Raman <priya.raman@sentinelpv.example.ie>",
        "subj": "Today's case study interview",
        "date": "2026-06-09 14:31 +0100", "parent": "inv_sentinel_case", "quote": "gt",
        "text": """Hi Friederike,

Our panel was on the Zoom call at 14:00 Irish time and waited for about 20 minutes, but unfortunately you didn't join. I also sent the case narrative at 13:30 - could you check whether it reached you?

If something went wrong on your side, just let me know. I can't promise another slot, but I'll ask the hiring manager.

Best,
Priya""",
    },
    {
        "id": "mis_quayside_corrib", "kind": "missed_interview_notice", "lang": "en",
        "company": "Corrib Clinical", "contact": "mark.fallon@quaysiderecruitment.example.ie",
        "frm": "Mark Fallon <mark.fallon@quaysiderecruitment.example.ie>",
        "subj": "Corrib Clinical - where were you?",
        "date": "2026-08-20 14:40 +0100", "parent": "inv_quayside_corrib",
        "text": """Hi Friederike,

Sinéad from Corrib Clinical has just been on to me - she was on the Teams call at 2pm and you didn't show. I've tried your mobile a couple of times too.

Hope everything is OK. Give me a shout as soon as you see this and I'll see if I can rescue it with the client.

Mark""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "mis_rhone_pv", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Rhône Pharmacovigilance Conseil", "contact": "j.bonnardel@rhone-pv.example.fr",
        "frm": "Julien Bonnardel <j.bonnardel@rhone-pv.example.fr>",
        "subj": "Entretien de ce matin",
        "date": "2026-07-15 11:40 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame Lammersdorf,

Nous vous avons attendue ce matin à 10h30 dans nos bureaux de la rue Garibaldi pour votre entretien, mais vous ne vous êtes pas présentée. Je n'ai pas réussi à vous joindre par téléphone.

Si un imprévu vous a empêchée de venir, merci de me le faire savoir ; nous verrons alors s'il est possible de fixer une nouvelle date.

Cordialement,
Julien Bonnardel
Directeur associé
Rhône Pharmacovigilance Conseil
245 rue Garibaldi, 69003 Lyon""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "mis_montjuic", "kind": "missed_interview_notice", "lang": "es",
        "company": "Laboratorios Montjuïc", "contact": "nvidal@labmontjuic.example.es",
        "frm": "Núria Vidal <nvidal@labmontjuic.example.es>",
        "subj": "No hemos podido contactar contigo",
        "date": "2026-08-25 09:58 +0200", "parent": "inv_montjuic_phone",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Hola Friederike:

Hoy a las 9:30 h te he llamado tres veces para la entrevista telefónica que teníamos programada, pero no ha habido respuesta. Te he dejado un mensaje en el buzón de voz.

Si sigues interesada en el puesto, escríbeme y vemos si podemos encontrar otro momento esta semana.

Saludos,
Núria Vidal
Laboratorios Montjuïc""",
    },
    {
        "id": "mis_talento_hidrofarma", "kind": "missed_interview_notice", "lang": "es",
        "company": "Hidrofarma Iberia", "contact": "sergio.navarro@talentofarma.example.es",
        "frm": "Sergio Navarro <sergio.navarro@talentofarma.example.es>",
        "subj": "Entrevista con Hidrofarma Iberia – no te conectaste",
        "date": "2026-07-09 16:35 +0200", "parent": "inv_talento_hidrofarma", "quote": "gt",
        "text": """Hola Friederike:

Me acaba de llamar la Dra. Roig de Hidrofarma Iberia: estuvo esperándote en el Teams desde las 16:00 h y no llegaste a conectarte. ¿Ha pasado algo? Te he llamado al móvil pero salta el contestador.

Dime algo en cuanto puedas, a ver si puedo recolocar la entrevista.

Un abrazo,
Sergio""",
    },
]

MESSAGES = RESCHEDULES + MISSED
