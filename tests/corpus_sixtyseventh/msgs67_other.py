"""Hand-written specs for mail of kind `other`: alerts, newsletters, outreach, life admin, own mail.

Data only, read by make_sixtyseventh.py; imports the m() helper from msgs67_jobs and datetime.
"""

from __future__ import annotations

from datetime import UTC, datetime

from msgs67_jobs import m

X = "other"

LIST = {
    "List-Unsubscribe": "<https://mail.example.net/unsub?u=8812>, <mailto:unsubscribe@mail.example.net>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}


def lst(list_id: str) -> dict:
    """Bulk-mail headers with a List-Id."""
    return {**LIST, "List-Id": list_id}


MESSAGES = [
    # ---------------- job alerts and digests ----------------
    m(X, "jobs_ch_alert", "de", "", "jobs.ch <jobalert@jobs.ch>",
      "8 neue Jobs für «Pharmacovigilance Basel»",
      """Grüezi Jana

Hier sind die neusten Stellen zu Ihrem Suchabo «Pharmacovigilance Basel»:

Drug Safety Specialist (80-100%) - Rheintal Pharma AG, Basel
PV Case Processing Associate - Meridian Trials, Allschwil
Senior Manager Pharmacovigilance - Vireon Pharma, Basel
Local Safety Officer Schweiz - Helvion AG, Rotkreuz
... und 4 weitere

Bewerben Sie sich jetzt, bevor die Stelle besetzt ist!

Suchabo verwalten | Abmelden""", fmt="html", headers=lst("<jobalert.jobs.ch>"),
      links=[("Alle Jobs ansehen", "https://www.jobs.ch/de/stellenangebote/?term=pharmacovigilance")]),
    m(X, "linkedin_digest_en", "en", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "\"clinical project manager\": 12 new jobs in Switzerland",
      """Your job alert for clinical project manager in Switzerland

Clinical Project Manager - Tessellate Bio - Basel (Hybrid) - Actively recruiting
Senior CPM, Oncology - Sterling & Rowe Biotech - Zug - Be an early applicant
Clinical Trial Manager - Isarpharm - Remote - 3 connections work here

Unfortunately, some roles you viewed are no longer accepting applications.

See all jobs

You are receiving Job Alert emails. Unsubscribe.
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085""", fmt="alt", headers=lst("<jobs.linkedin.com>")),
    m(X, "stepstone_de", "de", "", "StepStone Job-Agent <jobagent@stepstone.de>",
      "Ihr Job-Agent: 5 neue Jobs Qualitätssicherung GMP",
      """Hallo Jana Wüthrich-Adeyemi,

Ihr Job-Agent hat neue Stellenangebote für Sie gefunden:

• QA Manager GMP (m/w/d) – Mainfarma GmbH – Frankfurt am Main
• Qualified Person (m/w/d) – Breisgau Klinikum – Freiburg
• GMP Compliance Specialist – Isarpharm GmbH – München

Tipp der Woche: So meistern Sie das Vorstellungsgespräch – und was Sie nach einer Absage tun können.

Ihr StepStone-Team

Job-Agent bearbeiten | Vom Newsletter abmelden""", fmt="html", headers=lst("<jobagent.stepstone.de>")),
    m(X, "wttj_fr", "fr", "", "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Jana, ces 6 offres pourraient vous plaire",
      """Bonjour Jana,

Les offres de la semaine sélectionnées pour vous :

Chargé(e) d'affaires réglementaires - Santéa Pharma - Paris
Responsable Qualité GxP - Biosynthèse Rhône - Lyon
Medical Science Liaison - Medisoft Lyon - Télétravail

À lire aussi : « Entretien raté ? 5 choses à faire dans les 24 heures »

L'équipe Welcome to the Jungle
Se désinscrire""", fmt="html", headers=lst("<offres.welcometothejungle.example.com>")),
    m(X, "indeed_es", "es", "", "Indeed <alert@indeed.com>",
      "Nuevos empleos de farmacovigilancia en Barcelona",
      """Nuevos empleos que coinciden con tu búsqueda: farmacovigilancia en Barcelona

Especialista en Farmacovigilancia - Laboratorios Montjuïc - Barcelona - Solicitud sencilla
Drug Safety Associate - Ensayos Castellana - Madrid
Técnico de Registros - Biofarma Levante - Valencia

Ver todos los empleos

Has recibido este correo porque te suscribiste a las alertas de empleo de Indeed. Cancelar suscripción""", fmt="alt", headers=lst("<alerts.indeed.com>")),
    m(X, "jobscout24_de", "de", "", "JobScout24 <newsletter@jobscout24.ch>",
      "Ihre Wochenübersicht: 14 Jobs in Zürich",
      """Guten Tag

Diese Woche neu auf JobScout24 in Ihrer Region Zürich:

Clinical Research Associate 100% - Spital Limmattal
Regulatory Affairs Officer - Valmont Nutrition Health
Quality Assurance Specialist - Bernstein Medical Devices

Kein Interesse mehr? Hier abmelden.""", fmt="html", charset="iso-8859-1", headers=lst("<news.jobscout24.ch>")),
    m(X, "xing_de", "de", "", "XING <mail@xing.com>",
      "Jana, 3 Recruiter haben Ihr Profil angesehen",
      """Hallo Jana,

in den letzten 7 Tagen haben 3 Recruiter und 11 weitere Mitglieder Ihr Profil besucht. Werden Sie mit XING Premium sichtbar für noch mehr Unternehmen.

Außerdem: 24 neue Stellenangebote passen zu Ihren Wünschen.

Ihr XING-Team
Benachrichtigungen verwalten""", fmt="html", headers=lst("<notifications.xing.com>")),
    m(X, "jobup_fr_alert", "fr", "", "jobup.ch <alertes@jobup.ch>",
      "5 nouvelles offres : Assurance qualité – Genève / Vaud",
      """Bonjour,

Voici les nouvelles offres correspondant à votre alerte « Assurance qualité » :

Spécialiste Assurance Qualité GMP (80-100%) – Genévia Medical SA – Genève
Quality Manager – Valmont Nutrition Health – Lausanne
QA Officer – Hôpital du Léman – Nyon

Gérer mes alertes | Se désabonner""", fmt="html", headers=lst("<alertes.jobup.ch>")),

    # ---------------- career newsletters ----------------
    m(X, "newsletter_rejection_de", "de", "", "Karriere-Kompass <redaktion@karriere-kompass.example.ch>",
      "Nach der Absage ist vor der Zusage – Ihr Newsletter Nr. 14",
      """Liebe Leserin, lieber Leser

Eine Absage tut weh – gerade nach dem dritten Interview. In dieser Ausgabe erklärt Laufbahnberaterin Ruth Gasser, wie Sie nach einer Absage um Feedback bitten, ohne aufdringlich zu wirken, und warum ein verpasstes Vorstellungsgespräch nicht das Ende sein muss.

Ausserdem: Lohnrechner Life Sciences 2026 und Tipps für das Gespräch mit der Bereichsleitung.

Weiterlesen »

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.ch angemeldet haben. Abmelden""",
      fmt="html", headers=lst("Karriere-Kompass Newsletter <news.karriere-kompass.example.ch>")),
    m(X, "newsletter_en_interviews", "en", "", "The PV Career Letter <hello@pvcareerletter.example.com>",
      "Why you got ghosted after the final interview",
      """This week: rejection after the final round, and how to bounce back

Hi there,

"We regret to inform you..." - we've all read that line. This week three hiring managers tell us how they decide between two finalists, what a no-show does to your candidacy, and how to follow up after an interview invitation that went quiet.

Plus: 9 open Drug Safety roles in Europe.

Read online | Unsubscribe | Manage preferences""", fmt="html", headers=lst("<pvcareerletter.example.com>")),
    m(X, "newsletter_fr_candidature", "fr", "", "Les Échos Carrières <newsletter@echos-carrieres.example.fr>",
      "Candidature refusée : et maintenant ?",
      """Au sommaire cette semaine

- Candidature refusée : comment rebondir sans se décourager
- Entretien d'embauche : les 7 questions pièges en affaires réglementaires
- Témoignage : « J'ai raté mon entretien à cause d'un lien Teams »

Bonne lecture !

Pour ne plus recevoir cette newsletter, cliquez ici.""", fmt="html", headers=lst("<carrieres.echos-carrieres.example.fr>")),

    # ---------------- recruiter outreach, no interview request ----------------
    m(X, "cold_outreach_en_exclaim", "en", "TalentBridge", "Josh Patel <josh.patel@talentbridge-ls.example.com>",
      "Exciting PV opportunities in Basel!!",
      """Hi Jana!

Hope you're well! I came across your profile and was super impressed by your regulatory background!! I'm currently working on a number of exciting Drug Safety and PV roles across Switzerland with leading biotech clients.

Are you open to new opportunities? Would be great to add you to my network - feel free to send me an updated CV!

Cheers,
Josh Patel
Senior Consultant, Life Sciences | TalentBridge
+44 7700 900123""", job=True),
    m(X, "inmail_de_headhunter", "de", "Brunner Schaad", "Dr. Thomas Brunner <t.brunner@brunner-schaad.example.ch>",
      "Vertraulich",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Im Rahmen eines vertraulichen Mandats für ein international tätiges Pharmaunternehmen in der Region Basel bin ich auf Ihr Profil aufmerksam geworden. Gerne würde ich Sie bei Gelegenheit über die Position informieren, sofern Sie grundsätzlich offen für eine Veränderung sind.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüssen
Dr. Thomas Brunner
Brunner Schaad AG
Bahnhofstrasse 21, 8001 Zürich""", job=True),
    m(X, "recruiter_ooo_en", "en", "Sterling & Rowe Biotech", "Caroline Hughes <caroline.hughes@sterlingrowe.example.com>",
      "Automatic reply: Interview availability",
      """Thank you for your email. I am out of the office until Monday 13 April with limited access to email. For urgent recruiting matters please contact talent@sterlingrowe.example.com.

Kind regards,
Caroline""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, job=True),
    m(X, "recruiter_ooo_de", "de", "Isarpharm", "Jonas Weber <jonas.weber@isarpharm.example.de>",
      "Abwesenheitsnotiz: Ihre Bewerbung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@isarpharm.example.de.

Mit freundlichen Grüßen
Jonas Weber""", headers={"Auto-Submitted": "auto-replied"}, job=True),
    m(X, "recruiter_ooo_fr", "fr", "Genévia Medical", "Aurélie Favre <aurelie.favre@genevia-medical.example.ch>",
      "Réponse automatique : Disponibilités",
      """Bonjour,

Je suis absente du bureau jusqu'au 6 avril inclus. Pour toute question urgente, merci de contacter talents@genevia-medical.example.ch.

Meilleures salutations,
Aurélie Favre""", headers={"Auto-Submitted": "auto-replied"}, job=True),
    m(X, "agency_newsletter_de", "de", "", "Stellwerk Temporär <news@stellwerk-temp.example.ch>",
      "Stellwerk News Juni: Neue Einsätze in Life Sciences",
      """Liebe Kandidatinnen und Kandidaten

Sommerzeit ist Einsatzzeit! Aktuell suchen wir für unsere Kunden in der Region Basel:
- Dokumentationsspezialist:in GMP (6 Monate)
- QA Assistant Batch Record Review (temporär, 100 %)
- Laborant:in Mikrobiologie

Melden Sie sich bei Ihrer Beraterin!

Ihr Stellwerk-Team
Abmelden""", fmt="html", headers=lst("<news.stellwerk-temp.example.ch>")),

    # ---------------- other meanings of the words ----------------
    m(X, "podcast_interview_en", "en", "", "Ines Hartmann <ines@safetysignalpodcast.example.com>",
      "Interview request: Safety Signal podcast",
      """Hi Jana,

I host Safety Signal, a small podcast on pharmacovigilance careers. I heard your talk at the DIA Europe meetup and would love to interview you for an episode about moving from regulatory affairs into PV.

Recording takes about 40 minutes over Zoom; we could do any afternoon next week. No pressure at all!

Best,
Ines"""),
    m(X, "radio_interview_de", "de", "", "Lukas Frey <lukas.frey@radio-regio.example.ch>",
      "Anfrage Interview Radio Regio Basel",
      """Grüezi Frau Wüthrich-Adeyemi

Für unsere Sendung «Wirtschaft am Rheinknie» planen wir einen Beitrag über Frauen in der Basler Life-Science-Branche. Hätten Sie Zeit für ein kurzes Interview (ca. 15 Minuten, telefonisch), nächsten Mittwoch oder Donnerstag?

Freundliche Grüsse
Lukas Frey
Redaktion Radio Regio Basel"""),
    m(X, "user_research_en", "en", "", "Research at Pillbox <research@pillbox-app.example.com>",
      "Join a 30-min user interview (CHF 50 voucher)",
      """Hi Jana,

You recently used Pillbox to track medication reminders. We're inviting a few users to a 30-minute video interview about their experience. As a thank you, you'll receive a CHF 50 Migros voucher.

Pick a slot: https://pillbox-app.example.com/research/book

Thanks,
The Pillbox Research Team""", fmt="html", links=[("Book a session", "https://pillbox-app.example.com/research/book")]),
    m(X, "survey_de_kandidatenerfahrung", "de", "", "Umfrage <umfrage@candidate-survey.example.net>",
      "Wie war Ihre Erfahrung? (2 Minuten)",
      """Guten Tag

Sie haben sich kürzlich bei einem unserer Partnerunternehmen beworben. Helfen Sie uns, den Bewerbungsprozess zu verbessern, und beantworten Sie 5 kurze Fragen – anonym.

Zur Umfrage

Vielen Dank!
Candidate Experience Research""", fmt="html", headers=lst("<survey.candidate-survey.example.net>")),
    m(X, "friend_rejection_de", "de", "", "Melanie Stucki <melanie.stucki@example.ch>",
      "uff",
      """Hoi Jana

Musste dir das grad erzählen: Ich hab heute die Absage von dem Spital in Aarau gekriegt, nach DREI Runden. "Wir haben uns für eine andere Kandidatin entschieden" – nicht mal ein Telefon. Bin echt frustriert.

Wie läufts bei dir? Gehen wir am Samstag was trinken?

Liebs Grüessli
Meli

Von meinem iPhone gesendet"""),
    m(X, "friend_interview_es", "es", "", "Lucía Herrera <lucia.herrera@example.es>",
      "¿Qué tal todo?",
      """¡Hola guapa!

¿Cómo va la búsqueda? Yo ayer tuve la entrevista en la farmacéutica de Sant Cugat y creo que me fue fatal, me quedé en blanco con la pregunta del salario 🙈. Ya te contaré si me llaman.

¿Vienes a Barcelona en mayo?

Besos,
Lucía"""),
    m(X, "parcel_delayed_de", "de", "", "DPD Schweiz <noreply@dpd.example.ch>",
      "Leider verzögert sich Ihre Sendung",
      """Guten Tag

Leider verzögert sich die Zustellung Ihres Pakets 01234567890123 um einen Arbeitstag. Wir entschuldigen uns für die Unannehmlichkeiten.

Neue voraussichtliche Zustellung: Donnerstag, 08:00–12:00 Uhr

Ihr DPD Team""", fmt="html"),
    m(X, "order_delayed_en", "en", "", "Velora Shop <orders@velora-shop.example.com>",
      "Unfortunately, your order is delayed",
      """Hi Jana,

Unfortunately your order #VS-44812 (running shoes, size 39) is delayed due to high demand. We expect to ship it within 5-7 business days.

We're sorry for the wait.

Velora Customer Care""", fmt="alt"),
    m(X, "gps_position_de", "de", "", "Garmin Connect <no-reply@garmin.example.com>",
      "Jana hat ihre Position geteilt",
      """Jana Wüthrich-Adeyemi hat ihre aktuelle Position über LiveTrack geteilt.

Aktivität: Trailrun Gempen
Position: 47.4824° N, 7.6610° E
Gestartet: 07:12

LiveTrack ansehen""", fmt="html"),
    m(X, "post_paket_fr", "fr", "", "La Poste Suisse <notification@post.example.ch>",
      "Votre envoi est arrivé au point de retrait",
      """Bonjour,

Votre envoi 99.00.123456.12345678 est disponible au guichet de Basel 2 Bahnhof jusqu'au 14 mars.

Pensez à prendre une pièce d'identité.

La Poste""", fmt="html"),

    # ---------------- applications that are not jobs ----------------
    m(X, "credit_card_application", "de", "", "Kantonalbank Kundendienst <service@bank.example.ch>",
      "Ihr Kreditkartenantrag ist eingegangen",
      """Sehr geehrte Frau Wüthrich-Adeyemi

Vielen Dank für Ihren Antrag für eine Mastercard Gold. Ihr Antrag ist bei uns eingegangen und wird nun geprüft. Sie erhalten innerhalb von 10 Arbeitstagen Bescheid.

Freundliche Grüsse
Ihre Kantonalbank""", fmt="alt"),
    m(X, "loan_application_en", "en", "", "Frankly Finance <no-reply@franklyfinance.example.com>",
      "We've received your application",
      """Hi Jana,

Thanks for applying for a personal loan with Frankly. We've received your application and our team is reviewing it. You'll hear from us within 2 business days.

Application reference: FF-2026-77120

Frankly Finance""", fmt="html"),
    m(X, "apartment_rejection_de", "de", "", "Livia Immobilien <vermietung@livia-immo.example.ch>",
      "Ihre Bewerbung für die 3.5-Zimmer-Wohnung Gundeldingerstrasse",
      """Guten Tag Frau Wüthrich-Adeyemi

Besten Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Gundeldingerstrasse 88. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Freundliche Grüsse
Livia Immobilien AG
Bewirtschaftung"""),
    m(X, "university_admission_fr", "fr", "", "Service des admissions <admissions@unige.example.ch>",
      "Décision d'admission - CAS en Pharmacovigilance",
      """Madame,

Nous avons le plaisir de vous informer que votre candidature au Certificate of Advanced Studies (CAS) en Pharmacovigilance a été acceptée pour la rentrée de septembre 2026.

Vous recevrez prochainement les informations relatives à l'immatriculation.

Service des admissions""", contact="admissions@unige.example.ch"),
    m(X, "university_rejection_en", "en", "", "Graduate Admissions <gradadmissions@londonpharm.example.ac.uk>",
      "Your application to the MSc Regulatory Science",
      """Dear Jana,

Thank you for your application to the MSc Regulatory Science (part-time). We regret to inform you that we are unable to offer you a place this year due to the very high number of applications.

Yours sincerely,
Graduate Admissions Office""", contact="gradadmissions@londonpharm.example.ac.uk"),

    # ---------------- the candidate's own mail ----------------
    m(X, "own_followup_sent_de", "de", "", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>",
      "Nachfrage zu meiner Bewerbung",
      """Guten Tag Herr Keller

Ich erlaube mir, mich nach dem Stand meiner Bewerbung als QA Specialist GMP zu erkundigen. Ich bin nach wie vor sehr interessiert an der Stelle.

Freundliche Grüsse
Jana Wüthrich-Adeyemi""", to="Marco Keller <m.keller@dreilaender-dx.example.com>", contact=""),
    m(X, "own_thanks_sent_en", "en", "", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>",
      "Re: Interview invite: Senior QA Auditor",
      """Hi Alex,

Thanks a lot - Wednesday 3pm works for me. Looking forward to meeting Fatima.

Best,
Jana""", to="Alex Moreau <alex.moreau@quillonhealth.example.com>", contact="",
      quote=("gmail", "Alex Moreau <alex.moreau@quillonhealth.example.com>",
             "Hi Jana,\nWe'd love to move you to the next stage! Calendar invite attached.\nBest, Alex")),
    m(X, "own_decline_sent_fr", "fr", "", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>",
      "Re: Suite à notre entretien",
      """Bonjour Julien,

Merci pour votre retour, même s'il n'est pas celui que j'espérais. Je reste volontiers en contact.

Bien à vous,
Jana""", to="Julien Lefort <jlefort@lefort-conseil.example.fr>", contact=""),

    m(X, "own_forward_offer_fr", "fr", "", "Jana Wüthrich-Adeyemi <jana.wa@example.ch>",
      "Fwd: Votre offre - Regulatory Affairs Specialist",
      """Coucou Kofi,

regarde, l'offre de Lausanne est arrivée !! On en parle ce soir ? Je ne sais pas encore si je dis oui, le salaire est un peu en dessous de Basel.

Bisous
Jana

---------- Forwarded message ---------
From: Sophie Delacroix <sophie.delacroix@valmont.example.ch>
Date: Tue, Sep 22, 2026 at 11:30 AM
Subject: Votre offre - Regulatory Affairs Specialist
To: Jana Wüthrich-Adeyemi <jana.wa@example.ch>

Chère Jana,

Suite à vos entretiens, nous avons le plaisir de vous faire une offre pour le poste de Regulatory Affairs Specialist à Lausanne. Le contrat de travail est joint à ce message.

Meilleures salutations,
Sophie Delacroix""", to="Kofi Adeyemi <kofi.adeyemi@example.ch>", contact=""),

    # ---------------- calendar and life admin ----------------
    m(X, "standup_calendar", "en", "", "Google Calendar <calendar-notification@google.com>",
      "Notification: Spanish study group standup @ Mon 9 Feb 2026 08:00 - 08:15 (CET)",
      """Spanish study group standup
Monday 9 Feb 2026 08:00 - 08:15 (CET)
Join with Google Meet: meet.google.com/abc-defg-hij

You are receiving this email because you are an attendee of this event.
Invitation from Google Calendar""", fmt="alt"),
    m(X, "volunteer_standup_ics", "de", "", "Verein Rheinputzete <info@rheinputzete.example.ch>",
      "Einladung: Wöchentlicher Check-in OK-Team",
      """Hoi zäme

Anbei die Serie für unseren wöchentlichen Check-in (jeweils Montag 19:00, 15 Min., Zoom). Bitte kurz zusagen.

Merci & bis bald
Reto""", ics=(datetime(2026, 4, 13, 17, 0, tzinfo=UTC), 15, "Check-in OK-Team Rheinputzete", "REQUEST"),
      contact="info@rheinputzete.example.ch"),
    m(X, "steueramt_de", "de", "", "Steuerverwaltung Basel-Stadt <noreply@steuer.bs.example.ch>",
      "Ihre Steuererklärung 2025: Eingang bestätigt",
      """Guten Tag

Wir bestätigen den Eingang Ihrer Steuererklärung 2025 (Dossier 123.456.789). Die Veranlagung erfolgt in den kommenden Monaten.

Steuerverwaltung Basel-Stadt""", fmt="html"),
    m(X, "krankenkasse_de", "de", "", "Helsana <service@helsana.example.ch>",
      "Ihre Leistungsabrechnung ist verfügbar",
      """Grüezi Frau Wüthrich-Adeyemi

Eine neue Leistungsabrechnung ist in myHelsana für Sie bereit. Rückerstattung: CHF 84.60.

Freundliche Grüsse
Ihre Helsana""", fmt="html", headers=lst("<kundenservice.helsana.example.ch>")),
    m(X, "serafe_de", "de", "", "Serafe AG <noreply@serafe.example.ch>",
      "Rechnung Radio- und Fernsehabgabe 2026",
      """Guten Tag

Ihre Rechnung für die Radio- und Fernsehabgabe 2026 über CHF 335.00 ist verfügbar. Zahlbar bis 30. April 2026.

Serafe AG""", charset="iso-8859-1", cte="qp"),
    m(X, "gemeinde_de", "de", "", "Gemeinde Riehen Einwohnerdienste <einwohnerdienste@riehen.example.ch>",
      "Ihre Wohnsitzbestätigung",
      """Guten Tag Frau Wüthrich-Adeyemi

Anbei erhalten Sie die bestellte Wohnsitzbestätigung als PDF.

Freundliche Grüsse
Einwohnerdienste Riehen""", attach="Wohnsitzbestaetigung.pdf", contact="einwohnerdienste@riehen.example.ch"),
    m(X, "sbb_de", "de", "", "SBB CFF FFS <noreply@sbb.example.ch>",
      "Ihr Billett: Basel SBB – Bern",
      """Guten Tag Jana Wüthrich-Adeyemi

Vielen Dank für Ihren Kauf. Ihr Billett Basel SBB – Bern, 2. Klasse, Halbtax, gültig am 21.04.2026.

Gute Reise!
SBB""", fmt="html"),
    m(X, "swisscom_de", "de", "", "Swisscom <noreply@swisscom.example.ch>",
      "Ihre Rechnung April",
      """Guten Tag

Ihre Swisscom Rechnung für April über CHF 79.90 ist bereit. Sie wird am 30.04. per LSV belastet.

Ihre Swisscom""", fmt="html"),
    m(X, "iwb_de", "de", "", "IWB Kundenservice <kundenservice@iwb.example.ch>",
      "Zählerstand melden",
      """Guten Tag Frau Wüthrich-Adeyemi

Bitte melden Sie uns bis 15. Juni Ihren Zählerstand Strom. Dies geht ganz einfach online.

Freundliche Grüsse
IWB Industrielle Werke Basel""", contact="kundenservice@iwb.example.ch"),
    m(X, "autoversicherung_de", "de", "", "Smile Direct Versicherung <kunden@smile-direct.example.ch>",
      "Ihre Police Motorfahrzeug 2026",
      """Guten Tag Frau Wüthrich-Adeyemi

Ihre Motorfahrzeugpolice für 2026 steht im Kundenportal bereit. Die Prämie bleibt unverändert.

Freundliche Grüsse
Ihr Kundenservice""", fmt="alt", contact="kunden@smile-direct.example.ch"),
    m(X, "fitness_de", "de", "", "Activ Fitness Basel <basel@fitness-club.example.ch>",
      "Dein Abo läuft bald ab",
      """Hallo Jana

Dein Jahresabo läuft am 31. Mai ab. Verlängere jetzt und profitiere von 15 % Rabatt!

Sportliche Grüsse
Dein Fitness-Team""", fmt="html", headers=lst("<promo.fitness-club.example.ch>")),
    m(X, "spanischkurs_es", "es", "", "Escuela Cervantes Basel <info@cervantes-basel.example.ch>",
      "Curso B1: cambio de aula",
      """Hola a todos:

El jueves la clase de B1 será en el aula 3 (segundo piso), no en la 5. Recordad traer los deberes del tema 7.

¡Hasta el jueves!
Carmen""", contact="info@cervantes-basel.example.ch"),
    m(X, "alumni_fr", "fr", "", "Alumni EPFL <alumni@epfl.example.ch>",
      "Apéro réseau Life Sciences – 12 juin",
      """Chères et chers alumni,

Rejoignez-nous pour un apéro réseau Life Sciences le 12 juin à Lausanne : table ronde « Changer de carrière en pharma : de la réglementation à la qualité », suivie d'un apéritif.

Inscription en ligne.

L'équipe Alumni""", fmt="html", headers=lst("<alumni.epfl.example.ch>")),
    m(X, "streaming_es", "es", "", "Streamflix <info@mailer.streamflix.example.com>",
      "Nuevo en Streamflix: 'La entrevista'",
      """Hola Jana,

Ya está disponible «La entrevista», el thriller que todo el mundo comenta: una candidata, un puesto soñado y una oferta que no puede rechazar.

Ver ahora

Streamflix""", fmt="html", headers=lst("<news.streamflix.example.com>")),
    m(X, "music_en", "en", "", "Tunewave <no-reply@tunewave.example.com>",
      "Your Release Radar is ready",
      """Hi Jana, your Release Radar has 30 new tracks picked for you. Listen now.

Tunewave""", fmt="html", headers=lst("<radar.tunewave.example.com>")),
    m(X, "bank_fr_offre", "fr", "", "Banque Cantonale <info@banque-cantonale.example.ch>",
      "Une offre exclusive pour vous",
      """Madame,

Nous avons le plaisir de vous proposer une offre exclusive : 0 % de frais sur votre compte épargne 3e pilier pendant un an.

Votre conseillère reste à votre disposition.

Banque Cantonale""", fmt="html", headers=lst("<marketing.banque-cantonale.example.ch>")),
]

# Transactional or campaign mail sent by a system, not by a person who reads replies.
AUTOMATED = {
    "order_delayed_en", "credit_card_application", "iwb_de", "autoversicherung_de", "user_research_en",
}
for _spec in MESSAGES:
    if _spec["scen"] in AUTOMATED:
        _spec["contact"] = ""
