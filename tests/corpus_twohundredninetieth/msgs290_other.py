"""Corpus 290, hand-written: 52 messages of kind `other` (29 de, 12 en, 4 fr, 7 es).

The candidate's own sent mail, newsletters and job alerts, notifications, friends, private
appointments, auto-replies and course refusals: words of job mail, none of its events.
"""

from __future__ import annotations

from msgs290_common import CANDIDATE

ME = CANDIDATE

OWN: list[dict] = [
    {
        "id": "fw_resched_req", "kind": "other", "slug": "own_reschedule_request_foerdewerft",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Jana Petersen", "jana.petersen@foerdewerft.example.de")],
        "date": "2026-02-11 06:12", "subject": "AW: Einladung: Telefoninterview HR-Assistenz – Di., 17.02., 10:00 Uhr",
        "reply_of": "fw_inv", "quote": "fw_inv",
        "text": """Sehr geehrte Frau Petersen,

herzlichen Dank für die Einladung, ich freue mich sehr darüber!

Leider habe ich am Dienstag, 17.02., Frühschicht in der Bäckerei bis 13 Uhr und konnte niemanden zum Tauschen finden. Wäre es möglich, das Telefoninterview auf einen Nachmittag zu verlegen, zum Beispiel Donnerstag, 19.02., ab 14 Uhr?

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Wiebke Sørensen-Mbatha
Tel. 0176 555 28 41
""",
    },
    {
        "id": "fw_thanks", "kind": "other", "slug": "own_thank_you_foerdewerft",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Jana Petersen", "jana.petersen@foerdewerft.example.de")],
        "date": "2026-02-19 18:34", "subject": "Danke für das Gespräch heute",
        "reply_of": "fw_move",
        "text": """Liebe Frau Petersen,

vielen Dank für das freundliche und offene Telefonat heute Nachmittag. Besonders spannend fand ich, was Sie über die Einarbeitung neuer Azubis in der Werft erzählt haben – da sehe ich viele Parallelen zu meiner Arbeit mit unseren Aushilfen.

Ich bin nach dem Gespräch noch motivierter und würde mich sehr freuen, von Ihnen zu hören.

Herzliche Grüße
Wiebke Sørensen-Mbatha
""",
    },
    {
        "id": "mar_thanks", "kind": "other", "slug": "own_thank_you_marselis",
        "lang": "en", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Karen Winther", "kwi@marselis.example.dk")],
        "date": "2026-03-31 17:10", "subject": "Thank you – HR Assistant interview",
        "reply_of": "mar_move",
        "text": """Dear Karen,

Thank you, and please pass my thanks on to Jens and Tove, for this morning's interview. I hope Jens is feeling better!

I really enjoyed hearing how the faculty secretariat works, and the interview confirmed how much I would like to support the team during the maternity cover.

Best wishes,
Wiebke Sørensen-Mbatha
""",
    },
    {
        "id": "kat_apology", "kind": "other", "slug": "own_apology_after_missed_screen",
        "lang": "en", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Sofie Riis", "sofie.riis@kattegatwind.example.dk")],
        "date": "2026-06-11 12:05", "subject": "Sorry about this morning",
        "reply_of": "kat_missed", "quote": "kat_missed",
        "text": """Dear Sofie,

I'm so sorry about this morning. My phone died overnight and the Teams reminder never reached me. I only saw your message after my shift.

I am very much still interested in the People Operations Assistant role. Would it be possible to find another time? I'm free any afternoon next week.

Apologies again,
Wiebke
""",
    },
    {
        "id": "kb_app", "kind": "other", "slug": "own_application_kaufhaus_brandt_cv",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Carola Heise", "c.heise@kaufhaus-brandt.example.de")],
        "date": "2026-09-07 21:03", "subject": "Bewerbung als Assistenz Personal – Wiebke Sørensen-Mbatha",
        "pdfs": [{"name": "Lebenslauf_Wiebke_Soerensen-Mbatha.pdf", "title": "Lebenslauf",
                   "lines": ["Wiebke Sørensen-Mbatha", "Kiel · wiebke.sm@example.de",
                          "seit 2019: Verkäuferin und Schichtleitung, Bäckerei Detlefsen, Kiel",
                          "2025: IHK-Zertifikat Grundlagen Personalwesen",
                          "Sprachen: Deutsch, Dänisch, Englisch (C1), Französisch (B1), Spanisch (A2)"]}],
        "text": """Sehr geehrte Frau Heise,

auf Ihrer Website habe ich gelesen, dass Sie für das Kaufhaus Brandt eine Assistenz Personal in Teilzeit oder Vollzeit suchen. Anbei schicke ich Ihnen meinen Lebenslauf.

Seit sechs Jahren arbeite ich in einer Kieler Bäckerei, seit drei Jahren als Schichtleiterin: Ich plane die Einsätze von zwölf Kolleginnen und Aushilfen, kümmere mich um Urlaubsanträge und arbeite neue Leute ein. Im letzten Jahr habe ich berufsbegleitend das IHK-Zertifikat "Grundlagen Personalwesen" abgeschlossen und möchte nun ganz in die Personalarbeit wechseln.

Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Wiebke Sørensen-Mbatha
Tel. 0176 555 28 41
""",
    },
    {
        "id": "plc_confirm", "kind": "other", "slug": "own_confirms_new_slot_polyclinique",
        "lang": "fr", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Hélène Caradec", "h.caradec@polyclinique-lices.example.fr")], "to_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-11 19:22", "subject": "Re: Annulé : Entretien – Assistant(e) RH",
        "reply_of": "plc_cancel", "quote": "plc_cancel",
        "text": """Madame Caradec,

Suite à notre conversation téléphonique de cet après-midi, je vous confirme ma disponibilité pour l'entretien du jeudi 17 septembre à 10h00.

Je vous remercie de votre appel et me réjouis de vous rencontrer.

Bien cordialement,
Wiebke Sørensen-Mbatha
""",
    },
    {
        "id": "cb_app", "kind": "other", "slug": "own_application_benacantil",
        "lang": "es", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Marta Ibáñez Soler", "marta.ibanez@clinicabenacantil.example.es")],
        "date": "2026-05-11 20:47", "subject": "Candidatura – Auxiliar administrativa de RRHH",
        "pdfs": [{"name": "CV_Wiebke_Sorensen-Mbatha_ES.pdf", "title": "Curriculum vitae",
                   "lines": ["Wiebke Sørensen-Mbatha", "Correo: wiebke.sm@example.de",
                          "Experiencia: dependienta y jefa de turno en panadería (Kiel, desde 2019)",
                          "Formación: certificado IHK en fundamentos de RRHH (2025)",
                          "Idiomas: alemán, danés, inglés C1, francés B1, español A2"]}],
        "text": """Estimada Sra. Ibáñez:

Le escribo para presentar mi candidatura al puesto de auxiliar administrativa de RRHH publicado en su web. Adjunto mi currículum.

Soy alemana, trabajo desde hace seis años en una panadería de Kiel, donde organizo los turnos de un equipo de doce personas, y este año me mudo a Alicante. Estoy mejorando mi español cada día y me encantaría empezar mi carrera en recursos humanos en su clínica.

Muchas gracias por su tiempo.

Un cordial saludo,
Wiebke Sørensen-Mbatha
""",
    },
    {
        "id": "kl_reply", "kind": "other", "slug": "own_reply_to_headhunter",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Katrin Lund", "k.lund@kessler-lund.example.de")],
        "date": "2026-04-21 07:40", "subject": "AW: Ihr Profil – kurzer Austausch?",
        "reply_of": "kl_cold", "quote": "kl_cold",
        "text": """Liebe Frau Lund,

danke für Ihre Nachricht, das klingt interessant! Ja, ich bin offen für einen Austausch. Am besten erreichen Sie mich nachmittags ab 14 Uhr unter 0176 555 28 41.

Viele Grüße
Wiebke Sørensen-Mbatha
""",
    },
    {
        "id": "hh_thanks", "kind": "other", "slug": "own_thank_you_hansehochschule",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Meike Albers", "meike.albers@hh-luebeck.example.de")],
        "date": "2026-06-04 19:15", "subject": "Danke für das Gespräch am 4. Juni",
        "subj_enc": ("utf-8", "B"), "reply_of": "hh_move", "quote": "hh_move",
        "text": """Sehr geehrte Frau Albers,

ich möchte mich herzlich für das Gespräch heute Nachmittag und die Zeit der ganzen Kommission bedanken. Die Fragen zur Zusammenarbeit mit dem Personalrat haben mir gezeigt, wie vielseitig die Stelle ist.

Ich würde sehr gern an der Hanse-Hochschule arbeiten und freue mich auf Ihre Nachricht.

Mit freundlichen Grüßen
Wiebke Sørensen-Mbatha
""",
    },
    {
        "kind": "other", "slug": "own_forwards_offer_to_friend_rfc822",
        "lang": "de", "company": "", "contact": "", "frm": ME, "mid": "gmail",
        "to": [("Maren Claussen", "maren.claussen@example.de")],
        "date": "2026-03-02 20:18", "subject": "WG: Ihr Vertragsangebot – HR-Assistenz (m/w/d)",
        "attach_message": "fw_offer",
        "text": """Hey Maren,

guck mal, was heute gekommen ist!!! Ich hänge dir die Mail von der Werft an.

Kannst du mal draufschauen, ob Entgeltgruppe 5 für so eine Stelle okay ist? Du kennst dich mit Tarifen besser aus als ich. Ich muss bis zum 13. antworten und will nichts falsch machen.

Drück mich,
Wiebke
""",
    },
]

NEWS: list[dict] = [
    {
        "kind": "other", "slug": "jobkompass_alert_kiel",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Jobkompass Nord", "jobalert@mail.jobkompass-nord.example.de"),
        "date": "2026-02-09 06:00", "subject": "12 neue Jobs für „HR-Assistenz“ in Kiel und Umgebung",
        "form": "alt", "shell": "news", "cte": "qp",
        "shell_opts": {"title": "Jobkompass Nord – Ihr Job-Alert",
                        "unsubscribe": "https://jobkompass-nord.example.de/alerts/abmelden?id=88213"},
        "headers": {"List-Id": "Jobkompass Job-Alert <jobalert.jobkompass-nord.example.de>",
                 "List-Unsubscribe": "<https://jobkompass-nord.example.de/alerts/abmelden?id=88213>, <mailto:unsubscribe@jobkompass-nord.example.de?subject=88213>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
        "text": """Guten Morgen Wiebke,

für Ihren Suchauftrag „HR-Assistenz, Kiel + 50 km“ gibt es 12 neue Stellenangebote:

Personalassistenz (m/w/d) – Stadtwerke Probstei, Schönberg
https://jobkompass-nord.example.de/job/551203

Assistenz Personalabteilung in Teilzeit – Ostsee-Reisen, Kiel
https://jobkompass-nord.example.de/job/551177

HR-Sachbearbeitung Lohn (w/m/d) – Möller Baustoffe, Neumünster
https://jobkompass-nord.example.de/job/550981

... und 9 weitere: https://jobkompass-nord.example.de/suche/88213

Tipp der Woche: Absage erhalten? Warum Sie trotzdem nachfragen sollten, und wie Sie sich auf das nächste Vorstellungsgespräch vorbereiten:
https://jobkompass-nord.example.de/ratgeber/absage-nachfragen

Sie erhalten diese E-Mail, weil Sie einen Job-Alert eingerichtet haben.
""",
    },
    {
        "kind": "other", "slug": "karrierebrief_what_a_rejection_means",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Karrierebrief Nord", "redaktion@karrierebrief-nord.example.de"),
        "date": "2026-03-12 07:30", "subject": "Was eine Absage wirklich bedeutet – und was nicht",
        "form": "html", "shell": "news", "cte": "b64",
        "shell_opts": {"title": "Karrierebrief Nord · Ausgabe 11/2026", "color": "#7c3aed",
                        "unsubscribe": "https://karrierebrief-nord.example.de/newsletter/abmelden"},
        "headers": {"List-Id": "Karrierebrief Nord <newsletter.karrierebrief-nord.example.de>",
                 "List-Unsubscribe": "<https://karrierebrief-nord.example.de/newsletter/abmelden>",
                 "Precedence": "bulk"},
        "text": """Liebe Leserinnen und Leser,

„Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.“ Kaum ein Satz wird im Bewerbungsprozess so gefürchtet. Unsere Autorin hat mit drei Personalerinnen aus Schleswig-Holstein gesprochen, was hinter solchen Formulierungen steckt.

Die wichtigsten Erkenntnisse:
1. Eine Standardabsage sagt selten etwas über Ihre Qualifikation, oft nur etwas über die Zahl der Bewerbungen.
2. Nach einem Vorstellungsgespräch lohnt es sich fast immer, höflich um Feedback zu bitten.
3. „Wir nehmen Sie gern in unseren Talentpool auf“ ist manchmal ernst gemeint, also zustimmen!

Den ganzen Artikel lesen: https://karrierebrief-nord.example.de/artikel/absage-verstehen

Außerdem in dieser Ausgabe: Quereinstieg ins Personalwesen – geht das ohne Studium?
https://karrierebrief-nord.example.de/artikel/quereinstieg-hr

Ihre Redaktion des Karrierebriefs
""",
    },
    {
        "kind": "other", "slug": "nordjobs_alert_aarhus",
        "lang": "en", "company": "", "contact": "",
        "frm": ("NordJobs", "alerts@nordjobs.example.dk"),
        "date": "2026-04-06 07:15", "subject": "HR Assistant jobs in Aarhus – 7 new matches",
        "form": "alt", "shell": "news",
        "shell_opts": {"title": "NordJobs · Your daily matches", "color": "#1d4ed8",
                        "unsubscribe": "https://nordjobs.example.dk/alerts/unsubscribe/c81f"},
        "headers": {"List-Id": "NordJobs alerts <alerts.nordjobs.example.dk>",
                 "List-Unsubscribe": "<https://nordjobs.example.dk/alerts/unsubscribe/c81f>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
        "text": """Hi Wiebke,

7 new jobs match your alert "HR Assistant, English, Aarhus":

HR Assistant (English-speaking) – Skovbo Logistics, Aarhus N
https://nordjobs.example.dk/job/77120

Payroll & HR Administrator – Brabrand Dental Group
https://nordjobs.example.dk/job/77096

People Coordinator (maternity cover) – Lystrup Software
https://nordjobs.example.dk/job/77031

See all 7 matches: https://nordjobs.example.dk/alerts/c81f

Interview coming up? Read our guide to the five questions Danish employers always ask:
https://nordjobs.example.dk/advice/interview-questions-denmark

You're receiving this because you created a job alert on NordJobs.
""",
    },
    {
        "kind": "other", "slug": "careerwise_keep_cv_on_file",
        "lang": "en", "company": "", "contact": "",
        "frm": ("Careerwise Weekly", "newsletter@careerwise.example.com"),
        "date": "2026-05-14 13:00", "tz": "uk", "subject": "What \"we'll keep your CV on file\" really means",
        "form": "html", "shell": "news", "cte": "qp",
        "shell_opts": {"title": "Careerwise Weekly", "color": "#be123c",
                        "unsubscribe": "https://careerwise.example.com/u/5d02e"},
        "headers": {"List-Id": "Careerwise Weekly <weekly.careerwise.example.com>",
                 "List-Unsubscribe": "<https://careerwise.example.com/u/5d02e>",
                 "Precedence": "bulk"},
        "text": """This week on Careerwise

"Unfortunately, on this occasion you have not been successful, but we'll keep your CV on file." We asked eight recruiters what happens to that CV next. The honest answer: it depends, and you can influence it.

Also inside:
- How to follow up after an interview without sounding desperate
- Switching careers from retail to HR: the skills you already have
- Salary negotiation when an offer arrives by phone

Read the full issue: https://careerwise.example.com/issues/2026-20

Careerwise Weekly, 14 Orchard Row, Bristol BS1 4XX
""",
    },
    {
        "kind": "other", "slug": "emploiouest_alerte_rennes",
        "lang": "fr", "company": "", "contact": "",
        "frm": ("EmploiOuest", "alertes@emploiouest.example.fr"),
        "date": "2026-04-01 06:45", "subject": "Assistant RH – Rennes : 5 nouvelles offres pour vous",
        "form": "alt", "shell": "news", "cs": "iso-8859-1", "cte": "qp",
        "shell_opts": {"title": "EmploiOuest – Vos alertes", "color": "#0369a1",
                        "unsubscribe": "https://emploiouest.example.fr/alertes/desinscription/4471"},
        "headers": {"List-Id": "Alertes EmploiOuest <alertes.emploiouest.example.fr>",
                 "List-Unsubscribe": "<https://emploiouest.example.fr/alertes/desinscription/4471>",
                 "Precedence": "bulk"},
        "text": """Bonjour Wiebke,

5 nouvelles offres correspondent à votre alerte "Assistant RH - Rennes (35)" :

Assistant(e) RH polyvalent(e) - Transports Rozenn, Vern-sur-Seiche
https://emploiouest.example.fr/offre/99210

Gestionnaire paie et administration du personnel - Groupe Abers, Rennes
https://emploiouest.example.fr/offre/99187

Assistant(e) recrutement (CDD 6 mois) - Clinique Beauregard, Rennes
https://emploiouest.example.fr/offre/99150

Voir toutes les offres : https://emploiouest.example.fr/alertes/4471

Conseil du jour : comment répondre à un refus après un entretien ?
https://emploiouest.example.fr/conseils/repondre-refus

Vous recevez ce message car vous avez créé une alerte emploi.
""",
    },
    {
        "kind": "other", "slug": "trabajolevante_alerta_alicante",
        "lang": "es", "company": "", "contact": "",
        "frm": ("TrabajoLevante", "alertas@trabajolevante.example.es"),
        "date": "2026-05-05 08:00", "subject": "Auxiliar de RRHH en Alicante: 6 ofertas nuevas",
        "form": "html", "shell": "news", "cte": "qp",
        "shell_opts": {"title": "TrabajoLevante · Tus alertas", "color": "#ea580c",
                        "unsubscribe": "https://trabajolevante.example.es/alertas/baja/a77"},
        "headers": {"List-Id": "Alertas TrabajoLevante <alertas.trabajolevante.example.es>",
                 "List-Unsubscribe": "<https://trabajolevante.example.es/alertas/baja/a77>",
                 "Precedence": "bulk"},
        "text": """Hola, Wiebke:

Hay 6 ofertas nuevas para tu búsqueda "Auxiliar de RRHH, Alicante":

Auxiliar administrativo/a de RRHH – Hoteles Serra Gelada, Benidorm
https://trabajolevante.example.es/oferta/30412

Técnico/a junior de nóminas – Grupo Alfàs, Alicante
https://trabajolevante.example.es/oferta/30398

Administrativo/a de personal con alemán – Residencial Postiguet, Alicante
https://trabajolevante.example.es/oferta/30377

Ver las 6 ofertas: https://trabajolevante.example.es/alertas/a77

¿Tienes una entrevista esta semana? Lee nuestros consejos: https://trabajolevante.example.es/consejos/entrevista

Recibes este correo porque creaste una alerta de empleo.
""",
    },
    {
        "kind": "other", "slug": "bildungswerk_foerde_info_evening",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Bildungswerk Förde", "newsletter@bildungswerk-foerde.example.de"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-15 16:00", "subject": "Einladung zum Infoabend: Geprüfte/r Personalfachkaufmann/-frau (IHK)",
        "form": "alt", "shell": "news",
        "shell_opts": {"title": "Bildungswerk Förde · Newsletter Januar", "color": "#15803d",
                        "unsubscribe": "https://bildungswerk-foerde.example.de/newsletter/abmelden"},
        "headers": {"List-Id": "Bildungswerk Foerde Newsletter <news.bildungswerk-foerde.example.de>",
                 "List-Unsubscribe": "<https://bildungswerk-foerde.example.de/newsletter/abmelden>",
                 "Precedence": "bulk"},
        "text": """Liebe Interessentinnen und Interessenten,

im April startet unser nächster berufsbegleitender Lehrgang zur Prüfung „Geprüfte/r Personalfachkaufmann/-frau (IHK)“. Wir laden Sie herzlich zu unserem kostenlosen Infoabend ein:

Mittwoch, 28. Januar 2026, 18:30 Uhr, Bildungswerk Förde, Raum 3, Kiel-Wik

Dort erfahren Sie alles zu Zulassungsvoraussetzungen, Ablauf der Prüfung, Förderung über das Aufstiegs-BAföG und zur Position, die Absolventinnen oft danach übernehmen. Anmeldung unter https://bildungswerk-foerde.example.de/infoabend

Ihr Team vom Bildungswerk Förde
""",
    },
    {
        "kind": "other", "slug": "blog_empleo_consejos_entrevista",
        "lang": "es", "company": "", "contact": "",
        "frm": ("Blog Empleo Mediterráneo", "boletin@empleomediterraneo.example.es"),
        "date": "2026-06-02 09:30", "subject": "Cómo preparar una entrevista de trabajo en 5 pasos",
        "subj_enc": ("iso-8859-1", "Q"), "form": "html", "shell": "news", "cs": "iso-8859-1", "cte": "qp",
        "shell_opts": {"title": "Empleo Mediterráneo · Boletín semanal", "color": "#0891b2",
                        "unsubscribe": "https://empleomediterraneo.example.es/baja"},
        "headers": {"List-Id": "Boletin Empleo Mediterraneo <boletin.empleomediterraneo.example.es>",
                 "List-Unsubscribe": "<https://empleomediterraneo.example.es/baja>",
                 "Precedence": "bulk"},
        "text": """Hola:

Esta semana hablamos de la entrevista de trabajo: qué investigar sobre la empresa, cómo contar tu experiencia en dos minutos y qué hacer si te llaman para cambiar la hora o cancelar la cita.

También respondemos a la pregunta de una lectora: "Me rechazaron tras la segunda entrevista, ¿puedo pedir una explicación?"

Lee el artículo completo: https://empleomediterraneo.example.es/blog/preparar-entrevista

¡Hasta la semana que viene!
El equipo de Empleo Mediterráneo
""",
    },
    {
        "kind": "other", "slug": "jobmesse_nord_invitation",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Jobmesse Nord", "info@jobmesse-nord.example.de"),
        "date": "2026-08-24 10:00", "subject": "Noch 3 Wochen: Jobmesse Nord in Kiel – jetzt Ticket sichern",
        "form": "html", "shell": "news",
        "shell_opts": {"title": "Jobmesse Nord 2026", "color": "#b45309",
                        "unsubscribe": "https://jobmesse-nord.example.de/abmelden"},
        "headers": {"List-Id": "Jobmesse Nord <besucher.jobmesse-nord.example.de>",
                 "List-Unsubscribe": "<https://jobmesse-nord.example.de/abmelden>",
                 "Precedence": "bulk"},
        "text": """Moin!

Am Samstag, 12. September, öffnet die Jobmesse Nord in der Messehalle am Ostufer ihre Türen. Über 90 Arbeitgeber aus Schleswig-Holstein suchen neue Kolleginnen und Kollegen, von der Werft bis zum Krankenhaus.

Neu in diesem Jahr:
- Bewerbungsgespräche direkt am Stand, ohne Voranmeldung
- kostenloser Bewerbungsmappen-Check und Fotostudio
- Vortrag „Absage? Na und! So bleiben Sie dran“ um 13 Uhr

Eintritt frei, Registrierung unter https://jobmesse-nord.example.de/tickets

Wir sehen uns in Kiel!
""",
    },
]

NOTIFY: list[dict] = [
    {
        "kind": "other", "slug": "linkwerk_search_appearances",
        "lang": "en", "company": "", "contact": "",
        "frm": ("Linkwerk", "notifications@linkwerk.example.com"),
        "date": "2026-04-27 09:12", "tz": "utc", "subject": "You appeared in 9 searches this week",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Linkwerk", "color": "#0a66c2",
                        "button": ("See who's looking", "https://linkwerk.example.com/me/search-appearances"),
                        "footer": "You are receiving Linkwerk notification emails. Unsubscribe: https://linkwerk.example.com/settings/email"},
        "headers": {"List-Unsubscribe": "<https://linkwerk.example.com/settings/email?u=wsm>",
                 "Auto-Submitted": "auto-generated"},
        "text": """Hi Wiebke,

You appeared in 9 searches this week.

Recruiters and hiring managers searched for: HR assistant, payroll, Danish speaker.
People who searched for you work at companies such as a shipping company in Hamburg and a staffing agency in Aarhus.

Tip: members with an up-to-date headline get up to 3x more interview requests.
""",
    },
    {
        "kind": "other", "slug": "berufsnetz_profile_views",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
        "date": "2026-05-18 18:45", "subject": "Ihr Profil wurde 14-mal angesehen",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Berufsnetz", "color": "#006064",
                        "button": ("Besucher ansehen", "https://berufsnetz.example.de/profil/besucher"),
                        "footer": "Benachrichtigungen verwalten: https://berufsnetz.example.de/einstellungen"},
        "headers": {"List-Unsubscribe": "<https://berufsnetz.example.de/einstellungen/mail?u=wsm>",
                 "Auto-Submitted": "auto-generated"},
        "text": """Hallo Wiebke,

Ihr Profil wurde in den letzten 7 Tagen 14-mal angesehen, unter anderem von einer Personalberaterin aus Hamburg und einer Recruiterin aus der Logistikbranche.

Mit Berufsnetz Premium sehen Sie alle Besucher und können Personalverantwortlichen direkt schreiben.
""",
    },
    {
        "kind": "other", "slug": "berufsnetz_congratulate_new_position",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Berufsnetz", "benachrichtigung@berufsnetz.example.de"),
        "date": "2026-07-09 12:05", "subject": "Gratulieren Sie Maren zur neuen Position",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Berufsnetz", "color": "#006064",
                        "button": ("Gratulieren", "https://berufsnetz.example.de/glueckwunsch/maren-claussen"),
                        "footer": "Benachrichtigungen verwalten: https://berufsnetz.example.de/einstellungen"},
        "headers": {"List-Unsubscribe": "<https://berufsnetz.example.de/einstellungen/mail?u=wsm>",
                 "Auto-Submitted": "auto-generated"},
        "text": """Hallo Wiebke,

Maren Claussen hat eine neue Position: Sachbearbeiterin Entgeltabrechnung bei einem Steuerbüro in Kiel.

Senden Sie Maren einen Glückwunsch und bleiben Sie in Kontakt.
""",
    },
    {
        "kind": "other", "slug": "nordpaket_delivery_delayed",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Nordpaket", "benachrichtigung@nordpaket.example.de"),
        "date": "2026-03-20 14:20", "subject": "Ihre Sendung verspätet sich leider",
        "form": "alt", "shell": "ats", "cte": "qp",
        "shell_opts": {"brand": "Nordpaket Sendungsverfolgung", "color": "#facc15",
                        "button": ("Sendung verfolgen", "https://nordpaket.example.de/track/NP4481920377DE"),
                        "footer": "Dies ist eine automatische Benachrichtigung. Antworten werden nicht gelesen."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hallo Wiebke Sørensen-Mbatha,

leider verspätet sich Ihre Sendung NP4481920377DE. Wegen hohen Sendungsaufkommens im Paketzentrum Neumünster konnte sie heute nicht zugestellt werden.

Neuer voraussichtlicher Zustelltermin: Montag, 23.03.2026, zwischen 10:00 und 14:00 Uhr.

Wir bitten die Verzögerung zu entschuldigen.
Ihr Nordpaket-Team
""",
    },
    {
        "kind": "other", "slug": "trackfix_bike_position",
        "lang": "de", "company": "", "contact": "",
        "frm": ("TrackFix", "alarm@trackfix.example.de"),
        "date": "2026-08-30 23:48", "subject": "Positionsmeldung: Ihr Fahrrad hat die Sicherheitszone verlassen",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Alarm für Ihr Gerät "Hollandrad Wiebke"

Neue Position: 54.3312 N, 10.1471 E (Kiel, Knooper Weg)
Zeit: 30.08.2026, 23:46 Uhr
Abweichung von der Sicherheitszone: 420 m

Karte öffnen: https://trackfix.example.de/map/dev-20931

Falls Sie selbst unterwegs sind, können Sie diese Meldung ignorieren.
TrackFix – Ihr GPS-Tracker
""",
    },
    {
        "kind": "other", "slug": "pedido_retrasado",
        "lang": "es", "company": "", "contact": "",
        "frm": ("Tienda Sal y Sol", "pedidos@salysol.example.es"),
        "date": "2026-08-11 17:30", "subject": "Tu pedido #SYS-20417 se ha retrasado",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Sal y Sol – Tienda online", "color": "#0d9488",
                        "button": ("Ver mi pedido", "https://salysol.example.es/pedidos/SYS-20417"),
                        "footer": "Este correo se ha enviado automáticamente. No respondas a este mensaje."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hola, Wiebke:

Lamentablemente, tu pedido #SYS-20417 (toallas de playa, 2 unidades) sale más tarde de lo previsto por un problema con nuestro proveedor.

Nueva fecha estimada de entrega: 18 de agosto.

Sentimos las molestias.
El equipo de Sal y Sol
""",
    },
    {
        "kind": "other", "slug": "kattegat_candidate_survey",
        "lang": "en", "company": "", "contact": "",
        "frm": ("Kattegat Wind Services", "survey@candidate-pulse.example.com"),
        "date": "2026-06-30 10:00", "subject": "How was your interview experience with Kattegat Wind Services?",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Kattegat Wind Services · Candidate survey", "color": "#075985",
                        "button": ("Start the 2-minute survey", "https://candidate-pulse.example.com/s/kws-7731"),
                        "footer": "Candidate Pulse collects feedback on behalf of employers. Unsubscribe: https://candidate-pulse.example.com/u/7731"},
        "headers": {"List-Unsubscribe": "<https://candidate-pulse.example.com/u/7731>",
                 "Auto-Submitted": "auto-generated"},
        "text": """Hi Wiebke,

You recently took part in a recruitment process with Kattegat Wind Services. Whatever the outcome, we'd like to hear how it felt from your side.

The survey takes two minutes and is anonymous. Your answers will not affect your application in any way.

https://candidate-pulse.example.com/s/kws-7731

Thank you!
""",
    },
]

PEOPLE: list[dict] = [
    {
        "kind": "other", "slug": "friend_maren_own_rejection",
        "lang": "de", "company": "", "contact": "maren.claussen@example.de",
        "frm": ("Maren Claussen", "maren.claussen@example.de"), "mid": "gmail",
        "date": "2026-01-23 21:37", "subject": "Na toll…",
        "text": """Hey Wiebke,

ich hab heute die Absage von der Sparkasse bekommen. Nach ZWEI Vorstellungsgesprächen! „Wir haben uns für eine Kandidatin entschieden, deren Profil …“ – du kennst den Text.

Ich bin echt geknickt. Wollen wir Samstag an die Förde, Fischbrötchen und jammern? Und erzähl mal, wie es bei dir mit dem Klinikum läuft.

Maren
""",
    },
    {
        "kind": "other", "slug": "friend_jonas_own_interview",
        "lang": "en", "company": "", "contact": "jonas.winther@example.dk",
        "frm": ("Jonas Winther", "jonas.winther@example.dk"), "mid": "gmail",
        "date": "2026-04-10 19:02", "subject": "guess who got an interview",
        "text": """Hej Wiebke!

Guess who got invited to a second interview at the harbour office on Monday? They want me to do a presentation on shift planning, so of course I thought of you.

Any tips? And how are your Aarhus applications going? If you come up for an interview, you can sleep on our sofa.

Jonas
""",
    },
    {
        "kind": "other", "slug": "amie_gwen_refus",
        "lang": "fr", "company": "", "contact": "gwenaelle.morvan@example.fr",
        "frm": ("Gwenaëlle Morvan", "gwenaelle.morvan@example.fr"), "mid": "gmail",
        "date": "2026-05-07 22:15", "subject": "refus…",
        "cs": "windows-1252", "cte": "qp",
        "text": """Coucou Wiebke,

Bon, j’ai reçu un refus pour le poste à la mairie de Bruz. Ils ont pris quelqu’un en interne, évidemment. Trois semaines d’attente pour ça !

Et toi, ton entretien chez Le Goff, ça s’est bien passé ? Raconte-moi tout. On se fait une crêpe samedi pour se remonter le moral ?

Bises,
Gwen
""",
    },
    {
        "id": "kl_cold", "kind": "other", "slug": "kessler_lund_cold_approach",
        "lang": "de", "company": "", "contact": "k.lund@kessler-lund.example.de",
        "frm": ("Katrin Lund", "k.lund@kessler-lund.example.de"), "mid": "outlook",
        "date": "2026-04-20 16:55", "subject": "Ihr Profil – kurzer Austausch?",
        "form": "alt", "shell": "outlook",
        "text": """Liebe Frau Sørensen-Mbatha,

ich bin über Ihr Profil bei Berufsnetz auf Sie aufmerksam geworden. Ihr Weg aus der Schichtleitung in die Personalarbeit gefällt mir, solche Quereinsteigerinnen sind bei einigen unserer Mandanten sehr gefragt.

Hätten Sie grundsätzlich Interesse an einem unverbindlichen Telefonat, damit ich Sie und Ihre Wünsche besser kennenlerne? Konkret zu besetzen habe ich im Moment nichts, aber das ändert sich bei uns oft schnell.

Beste Grüße
Katrin Lund
Partnerin
Kessler & Lund Personalberatung GmbH · Ballindamm 7 · 20095 Hamburg · T +49 40 555 318 20
""",
    },
    {
        "kind": "other", "slug": "northbridge_talent_pool_cold",
        "lang": "en", "company": "", "contact": "oliver.brandt@northbridge-talent.example.com",
        "frm": ("Oliver Brandt", "oliver.brandt@northbridge-talent.example.com"),
        "date": "2026-07-21 11:40", "tz": "uk", "subject": "HR support roles in Aarhus – talent pool",
        "text": """Hi Wiebke,

I'm a recruiter at Northbridge Talent and I'm building a talent pool of HR support people with German and English for clients in the Aarhus area.

There's nothing specific on the table right now, so no pressure. If you'd like to be considered when something comes up, just reply with an up-to-date CV and your salary expectations.

Best,
Oliver Brandt
Northbridge Talent | London · Copenhagen
""",
    },
    {
        "kind": "other", "slug": "headhunter_es_sin_evento",
        "lang": "es", "company": "", "contact": "raquel.ferrandiz@talentoalicante.example.es",
        "frm": ("Raquel Ferrándiz", "raquel.ferrandiz@talentoalicante.example.es"),
        "name_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-16 10:25", "subject": "Tu perfil en RRHH con alemán",
        "cs": "iso-8859-1", "cte": "8bit",
        "text": """Hola, Wiebke:

Me pongo en contacto contigo porque tu perfil, con alemán nativo y experiencia coordinando equipos, encaja con el tipo de procesos que solemos gestionar para empresas de la provincia de Alicante.

Ahora mismo no tengo ninguna vacante concreta, pero me gustaría tenerte en cuenta. Si te parece bien, guardo tu CV en nuestra base de datos y te escribo cuando salga algo.

Saludos,
Raquel Ferrándiz
Talento Alicante - Consultoría de selección
""",
    },
    {
        "kind": "other", "slug": "bank_advice_appointment_depot_position",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Förde Sparbank", "noreply@foerde-sparbank.example.de"),
        "date": "2026-05-06 08:02", "subject": "Terminbestätigung: Ihr Beratungsgespräch am 12.05.2026",
        "subj_enc": ("utf-8", "Q"), "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Förde Sparbank", "color": "#dc2626",
                        "footer": "Förde Sparbank · Holstenstraße 1 · 24103 Kiel · Diese E-Mail wurde automatisch erstellt."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Guten Tag Frau Sørensen-Mbatha,

hiermit bestätigen wir Ihren Termin zur Vorsorgeberatung:

Dienstag, 12.05.2026, 16:30 Uhr
Filiale Kiel-Wik, Ihr Berater: Herr Paulsen

Bitte bringen Sie Ihre letzte Gehaltsabrechnung und Ihren Personalausweis mit. Im Gespräch gehen wir auch Ihre Depotposition im Nordsee-Aktienfonds durch.

Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte im Online-Banking ab.

Ihre Förde Sparbank
""",
    },
    {
        "kind": "other", "slug": "landlord_flat_rejection",
        "lang": "de", "company": "", "contact": "t.rohwer@hausverwaltung-rohwer.example.de",
        "frm": ("Thorsten Rohwer", "t.rohwer@hausverwaltung-rohwer.example.de"),
        "date": "2026-02-25 11:10", "subject": "Wohnung Knooper Weg 77, 2. OG – Ihre Anfrage",
        "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

vielen Dank für Ihr Interesse an der Wohnung im Knooper Weg und Ihren Besuch bei der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir bitten um Ihr Verständnis und wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Thorsten Rohwer
Hausverwaltung Rohwer, Holtenauer Straße 150, 24105 Kiel
""",
    },
    {
        "kind": "other", "slug": "vhs_danish_placement_interview",
        "lang": "de", "company": "", "contact": "b.hinz@vhs-kiel.example.de",
        "frm": ("Birgit Hinz", "b.hinz@vhs-kiel.example.de"),
        "date": "2026-01-28 14:44", "subject": "Einladung zum Einstufungsgespräch Dänisch B1",
        "form": "alt", "shell": "simple",
        "text": """Liebe Frau Sørensen-Mbatha,

vielen Dank für Ihre Anmeldung zum Kurs „Dänisch B1 – Beruf und Alltag“.

Da Sie bereits Vorkenntnisse haben, laden wir Sie zu einem kurzen Einstufungsgespräch ein: Montag, 2. Februar, 17:15 Uhr, Volkshochschule, Raum 104. Das Gespräch dauert etwa 15 Minuten und findet teilweise auf Dänisch statt.

Falls der Termin nicht passt, melden Sie sich bitte bei mir.

Viele Grüße
Birgit Hinz
Fachbereich Sprachen, Volkshochschule Kiel-Nord
""",
    },
    {
        "kind": "other", "slug": "doctor_appointment_moved",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Hausarztpraxis Dr. Jensen", "termin-noreply@praxis-jensen.example.de"),
        "date": "2026-04-22 07:35", "subject": "Ihr Termin wurde verschoben",
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Guten Tag Wiebke Sørensen-Mbatha,

Ihr Termin zur Vorsorgeuntersuchung am Donnerstag, 23.04.2026, 08:15 Uhr musste leider verschoben werden, da Frau Dr. Jensen erkrankt ist.

Neuer Termin: Dienstag, 28.04.2026, 08:15 Uhr.

Bitte kommen Sie nüchtern. Wenn der neue Termin nicht passt, rufen Sie uns an unter 0431 555 9910. Antworten auf diese E-Mail können nicht bearbeitet werden.

Ihr Praxisteam
""",
    },
    {
        "kind": "other", "slug": "banque_rdv_annule",
        "lang": "fr", "company": "", "contact": "julien.pennec@banque-armorique.example.fr",
        "frm": ("Julien Pennec", "julien.pennec@banque-armorique.example.fr"),
        "date": "2026-06-23 09:05", "subject": "Notre rendez-vous de jeudi",
        "form": "alt", "shell": "outlook", "mid": "outlook",
        "text": """Bonjour Madame Sørensen-Mbatha,

Je suis contraint d'annuler notre rendez-vous de jeudi 25 juin à 11h pour l'ouverture de votre compte, en raison d'une formation interne imprévue.

Je vous propose de nous voir le lundi 29 juin à la même heure. Pensez à apporter un justificatif de domicile et votre promesse d'embauche ou votre contrat de travail.

Bien cordialement,
Julien Pennec
Conseiller clientèle – Banque d'Armorique, agence Rennes République
""",
    },
    {
        "kind": "other", "slug": "dentista_recordatorio_cita",
        "lang": "es", "company": "", "contact": "",
        "frm": ("Clínica Dental Sonrisa", "no-reply@dentalsonrisa.example.es"),
        "date": "2026-09-28 18:00", "subject": "Recordatorio de cita – jueves 1 de octubre",
        "form": "alt", "shell": "ats",
        "shell_opts": {"brand": "Clínica Dental Sonrisa", "color": "#2563eb",
                        "footer": "Mensaje automático. Para cambiar o cancelar tu cita llama al 965 55 44 21."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Hola, Wiebke:

Te recordamos tu cita de revisión y limpieza:

Jueves 1 de octubre, 17:30
Clínica Dental Sonrisa, calle San Vicente 18, Alicante

Si no puedes asistir, cancela tu cita con al menos 24 horas de antelación.
""",
    },
    {
        "kind": "other", "slug": "aarhus_landlord_viewing",
        "lang": "en", "company": "", "contact": "h.kjaer@kjaerbolig.example.dk",
        "frm": ("Henrik Kjær", "h.kjaer@kjaerbolig.example.dk"), "name_enc": ("utf-8", "Q"),
        "date": "2026-03-26 12:30", "subject": "Viewing appointment – 2-room flat, Frederiks Allé",
        "text": """Dear Wiebke,

Thank you for your interest in the 2-room flat on Frederiks Allé. Your viewing appointment is confirmed for Monday 30 March at 17:00. Please ring the bell marked "Kjær Bolig".

As several people have applied, we will let everyone know after the viewings whether their application for the flat has been accepted.

Best regards,
Henrik Kjær
Kjær Bolig ApS
""",
    },
    {
        "kind": "other", "slug": "baker_boss_shift_plan",
        "lang": "de", "company": "", "contact": "hauke@baeckerei-detlefsen.example.de",
        "frm": ("Hauke Detlefsen", "hauke@baeckerei-detlefsen.example.de"),
        "date": "2026-02-13 19:52", "subject": "Schichtplan KW 8",
        "text": """Moin Wiebke,

anbei mal kurz der Plan für nächste Woche, ausgedruckt hängt er ab morgen im Pausenraum:

Mo–Mi: Frühschicht 5:00–13:00
Do: Frühschicht bis 13:00, danach frei – du hast ja dein Telefoninterview, viel Glück!
Fr: frei
Sa: 6:00–12:00

Frauke übernimmt Donnerstag den Nachmittag. Und falls die Werft dich nimmt, sag rechtzeitig Bescheid, dann muss ich mir was überlegen. :-)

Gruß
Hauke
""",
    },
    {
        "kind": "other", "slug": "arbeitsvermittlung_advice_appointment",
        "lang": "de", "company": "", "contact": "s.kuehl@arbeitsvermittlung-foerde.example.de",
        "frm": ("Sönke Kühl", "s.kuehl@arbeitsvermittlung-foerde.example.de"), "name_enc": ("iso-8859-1", "B"),
        "date": "2026-01-08 10:30", "subject": "Einladung zu einem Beratungsgespräch - Berufliche Neuorientierung",
        "subj_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

Sie hatten um eine Beratung zu Ihrer beruflichen Neuorientierung gebeten. Ich lade Sie daher zu einem Gespräch ein:

Donnerstag, 15. Januar 2026, 9:00 Uhr
Arbeitsvermittlung Förde, Eingang B, Zimmer 312

Bitte bringen Sie Ihren Lebenslauf und, falls vorhanden, Ihr IHK-Zertifikat mit. Wir sprechen über Weiterbildungsmöglichkeiten im Personalwesen und über Ihre Bewerbungsstrategie.

Mit freundlichen Grüßen
Sönke Kühl
Berufsberatung im Erwerbsleben
""",
    },
    {
        "kind": "other", "slug": "sister_forwards_job_ad",
        "lang": "de", "company": "", "contact": "anneke.sorensen@example.de",
        "frm": ("Anneke Sørensen", "anneke.sorensen@example.de"), "mid": "gmail",
        "date": "2026-07-27 08:14", "subject": "Fwd: Stellenangebot Personalassistenz – Werkstätten am Kanal",
        "quote_style": "fwd_de",
        "quote": {"slug": "sister-fwd-ad", "lang": "de", "date": "2026-07-26 18:00",
                   "frm": ("Werkstätten am Kanal – Newsletter", "news@werkstaetten-kanal.example.de"),
                   "subject": "Stellenangebot Personalassistenz – Werkstätten am Kanal",
                   "to": [("Anneke Sørensen", "anneke.sorensen@example.de")],
                   "text": """Liebe Freundinnen und Freunde der Werkstätten,

wir suchen ab Oktober eine Personalassistenz (m/w/d) in Teilzeit, 25 Stunden, für unseren Standort Rendsburg. Aufgaben: Bewerbermanagement, Vorbereitung von Vorstellungsgesprächen, Pflege der Personalakten.

Bewerbungen bitte bis 31. August an bewerbung@werkstaetten-kanal.example.de.
"""},
        "text": """Hi Schwesterherz,

das kam gestern in unserem Vereins-Newsletter, passt doch total zu dir? Rendsburg ist nicht so weit.

Kuss
Anneke
""",
    },
]

AUTO: list[dict] = [
    {
        "kind": "other", "slug": "ooo_jana_petersen",
        "lang": "de", "company": "", "contact": "jana.petersen@foerdewerft.example.de",
        "frm": ("Jana Petersen", "jana.petersen@foerdewerft.example.de"), "mid": "outlook",
        "date": "2026-02-19 18:34", "subject": "Automatische Antwort: Danke für das Gespräch heute",
        "reply_of": "fw_thanks",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Februar nicht im Büro und lese meine E-Mails nur unregelmäßig. Bewerbungen und Terminabsprachen für Vorstellungsgespräche werden in dieser Zeit nicht bearbeitet.

In dringenden Fällen wenden Sie sich bitte an personal@foerdewerft.example.de.

Jana Petersen
Förde Werft GmbH
""",
    },
    {
        "kind": "other", "slug": "ooo_karen_winther",
        "lang": "en", "company": "", "contact": "kwi@marselis.example.dk",
        "frm": ("Karen Winther", "kwi@marselis.example.dk"), "mid": "outlook",
        "date": "2026-03-31 17:11", "subject": "Automatic reply: Thank you – HR Assistant interview",
        "reply_of": "mar_thanks",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "text": """Thank you for your email. I am out of the office until Tuesday 7 April (Easter holidays) with no access to email.

Questions about vacancies, applications or interviews can be sent to the Faculty HR team at hr-arts@marselis.example.dk.

Karen Winther, HR Partner
""",
    },
    {
        "kind": "other", "slug": "ooo_carola_heise",
        "lang": "de", "company": "", "contact": "c.heise@kaufhaus-brandt.example.de",
        "frm": ("Carola Heise", "c.heise@kaufhaus-brandt.example.de"), "mid": "outlook",
        "date": "2026-10-05 08:01", "subject": "Abwesenheitsnotiz: Unterschriebener Arbeitsvertrag",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Guten Tag,

ich bin vom 5. bis 9. Oktober auf einer Schulung und ab dem 12. Oktober wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.

Unterlagen zu Arbeitsverträgen und Bewerbungen werden nach meiner Rückkehr bearbeitet. In dringenden Personalangelegenheiten erreichen Sie das Personalbüro unter 040 555 820 10.

Carola Heise
Kaufhaus Brandt
""",
    },
    {
        "kind": "other", "slug": "ooo_heike_brodersen",
        "lang": "de", "company": "", "contact": "h.brodersen@amt-nordkanal.example.de",
        "frm": ("Heike Brodersen", "h.brodersen@amt-nordkanal.example.de"),
        "date": "2026-07-14 10:02", "subject": "Abwesend: Nachfrage zum Stand meiner Bewerbung",
        "cs": "iso-8859-1", "cte": "8bit",
        "headers": {"Auto-Submitted": "auto-replied"},
        "text": """Ich bin bis zum 31.07.2026 im Urlaub. Ihre E-Mail wird nicht automatisch weitergeleitet.

In Angelegenheiten laufender Stellenbesetzungsverfahren wenden Sie sich bitte an Herrn Jöns, Telefon 04331 60 60 210.

Heike Brodersen
Amt Nordkanal - Fachbereich Zentrale Dienste
""",
    },
]

COURSES: list[dict] = [
    {
        "kind": "other", "slug": "fh_elbmarsch_admission_refused",
        "lang": "de", "company": "", "contact": "",
        "frm": ("Fernhochschule Elbmarsch – Studierendensekretariat", "noreply@fh-elbmarsch.example.de"),
        "name_enc": ("utf-8", "B"),
        "date": "2026-08-14 13:00", "subject": "Ablehnungsbescheid – Bachelor Personalmanagement (berufsbegleitend)",
        "pdfs": [{"name": "Ablehnungsbescheid_2026_WS.pdf", "title": "Ablehnungsbescheid",
                   "lines": ["Fernhochschule Elbmarsch – Studierendensekretariat",
                          "Bescheid über die Ablehnung der Zulassung",
                          "Studiengang: Personalmanagement (B.A., berufsbegleitend), WS 2026/27",
                          "Antragstellerin: Wiebke Sørensen-Mbatha",
                          "Grund: Zahl der Bewerbungen übersteigt die Zahl der Studienplätze.",
                          "Rechtsbehelfsbelehrung: Widerspruch innerhalb eines Monats."]}],
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

zu Ihrem Antrag auf Zulassung zum Bachelorstudiengang Personalmanagement (berufsbegleitend) zum Wintersemester 2026/27 erhalten Sie im Anhang Ihren Bescheid.

Leider können wir Ihnen keinen Studienplatz anbieten: Die Zahl der Bewerbungen übersteigt die Zahl der verfügbaren Plätze, und Ihr Rangplatz lag außerhalb der Auswahlgrenze. Sie sind automatisch auf der Nachrückliste geführt.

Mit freundlichen Grüßen
Studierendensekretariat der Fernhochschule Elbmarsch
""",
    },
    {
        "kind": "other", "slug": "vilamar_course_place_refused",
        "lang": "es", "company": "", "contact": "pilar.soler@vilamar.example.es",
        "frm": ("Pilar Soler", "pilar.soler@vilamar.example.es"),
        "date": "2026-09-18 12:20", "subject": "Resolución de admisión – Curso de Técnico en Gestión de RRHH",
        "subj_enc": ("utf-8", "B"), "form": "alt", "shell": "simple",
        "text": """Estimada Wiebke:

Le comunicamos que su solicitud de plaza en el curso gratuito "Técnico en Gestión de Recursos Humanos" (300 horas, octubre 2026 – febrero 2027) no ha sido admitida.

El curso está reservado a personas empadronadas en Vilamar con una antigüedad mínima de seis meses, requisito que todavía no cumple. Queda usted en lista de espera por si alguna persona admitida renuncia.

Atentamente,
Pilar Soler
Agencia de Desarrollo Local – Ajuntament de Vilamar
""",
    },
    {
        "kind": "other", "slug": "open_people_academy_no_place",
        "lang": "en", "company": "", "contact": "",
        "frm": ("Open People Academy", "no-reply@openpeople.example.org"),
        "date": "2026-08-20 15:00", "tz": "uk", "subject": "Your application to HR Fundamentals (Autumn cohort)",
        "form": "html", "shell": "ats",
        "shell_opts": {"brand": "Open People Academy", "color": "#6d28d9",
                        "footer": "Open People Academy admissions. This address does not accept replies."},
        "headers": {"Auto-Submitted": "auto-generated"},
        "text": """Dear Wiebke,

Thank you for applying to the HR Fundamentals online programme (Autumn cohort).

We received more than 1,200 applications for 150 funded places, and we're sorry that we couldn't offer you a place this time. You're welcome to apply again for the Spring cohort, which opens for applications in January.

Best wishes,
Admissions team, Open People Academy
""",
    },
]

PRESS: list[dict] = [
    {
        "kind": "other", "slug": "podcast_interview_request",
        "lang": "de", "company": "", "contact": "nele@quereinstieg-nord.example.de",
        "frm": ("Nele Brodersen", "nele@quereinstieg-nord.example.de"),
        "date": "2026-06-09 14:12", "subject": "Interviewanfrage für unseren Podcast „Quereinstieg Nord“",
        "subj_enc": ("utf-8", "Q"),
        "text": """Hallo Wiebke,

ich produziere den Podcast „Quereinstieg Nord“, in dem Menschen aus Schleswig-Holstein von ihrem beruflichen Neustart erzählen. Eine gemeinsame Bekannte aus deinem IHK-Kurs hat mir von dir erzählt.

Hättest du Lust auf ein Interview? Wir würden etwa 45 Minuten aufnehmen, gern bei dir in Kiel oder online, Termin nach Absprache im Juli. Es geht um deinen Weg von der Bäckerei ins Personalwesen, auch um Absagen und was dir geholfen hat.

Ich freue mich auf deine Antwort!
Nele Brodersen
quereinstieg-nord.example.de
""",
    },
    {
        "kind": "other", "slug": "nordjobs_user_research_interview",
        "lang": "en", "company": "", "contact": "freya.lindqvist@nordjobs.example.dk",
        "frm": ("Freya Lindqvist", "freya.lindqvist@nordjobs.example.dk"),
        "date": "2026-05-20 10:40", "subject": "Could we interview you about your job search? (30 min, €40 voucher)",
        "subj_enc": ("utf-8", "Q"), "form": "alt", "shell": "simple",
        "text": """Hi Wiebke,

I'm a UX researcher at NordJobs. We're redesigning our job alerts and would love to interview a few people who are actively applying in more than one country.

It's a 30-minute video call, we just ask about how you search, what you do when you get an invitation or a rejection, and what annoys you about job sites. As a thank-you you'll get a €40 gift voucher.

If you're up for it, pick a slot here: https://nordjobs.example.dk/research/book

Thanks!
Freya Lindqvist
UX Research, NordJobs
""",
    },
    {
        "kind": "other", "slug": "foerde_kurier_press_interview",
        "lang": "de", "company": "", "contact": "t.hansen@foerde-kurier.example.de",
        "frm": ("Torben Hansen", "t.hansen@foerde-kurier.example.de"),
        "date": "2026-07-15 11:22", "subject": "Anfrage Förde-Kurier: Interview für unsere Serie „Neustart mit 30“",
        "subj_enc": ("utf-8", "Q"), "cs": "windows-1252", "cte": "qp",
        "text": """Sehr geehrte Frau Sørensen-Mbatha,

der Förde-Kurier stellt in einer Sommerserie Menschen vor, die sich beruflich neu erfinden. Herr Detlefsen aus Ihrer Bäckerei hat uns Ihren Namen genannt – mit Ihrem Einverständnis natürlich.

Wären Sie zu einem Interview bereit? Es würde etwa eine Stunde dauern, dazu käme ein Foto in der Backstube. Gern in der Woche ab dem 27. Juli.

Freundliche Grüße
Torben Hansen
Redaktion Lokales, Förde-Kurier
Tel. 0431 555 6070
""",
    },
]

MESSAGES: list[dict] = OWN + NEWS + NOTIFY + PEOPLE + AUTO + COURSES + PRESS
