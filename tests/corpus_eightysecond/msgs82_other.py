"""Everything else in the 82nd corpus's inbox: alerts, newsletters, bills, life (data only).

Company stays empty here (it is labelled on job mail only); contact follows the same rule as
job mail (a human Reply-To, else a human sender, else empty).
"""

from msgs82_spec import CAND, M

X = "other"


def _bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


MESSAGES = [
    # German
    M(X, "stepstone_jobagent", "de", "", "",
      "StepStone Jobagent <jobagent@mail.stepstone.example.de>",
      "9 neue Jobs für „Qualitätsmanagement Pharma“ in München", "2026-02-05T06:00+01:00",
      """Hallo Dorothea,

dein Jobagent hat 9 neue Stellen für dich gefunden:

Qualitätsmanager (m/w/d) GMP – Isarpharm GmbH, München
https://www.stepstone.example.de/stellenangebote--Qualitaetsmanager-GMP-Muenchen-1122

Referent Regulatory Affairs (w/m/d) – Baywell Medical, Garching
https://www.stepstone.example.de/stellenangebote--Referent-RA-Garching-1123

Clinical Trial Manager (m/w/d) – Amperland CRO, Martinsried
https://www.stepstone.example.de/stellenangebote--CTM-Martinsried-1124

Alle 9 Jobs ansehen: https://www.stepstone.example.de/jobagent/results

Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast. Jobagent abbestellen: https://www.stepstone.example.de/unsubscribe
""", fmt="html", logo="StepStone", headers=_bulk("<jobagent.stepstone.example.de>",
                                                   "https://www.stepstone.example.de/unsubscribe?u=8812")),

    M(X, "jobs_ch_jobabo", "de", "", "",
      "jobs.ch <noreply@jobs.example.ch>", "Ihr Job-Abo: 5 neue Stellen", "2026-03-02T07:15+01:00",
      """Guten Tag

Passend zu Ihrem Job-Abo «Regulatory Affairs, Zürich/Basel» gibt es 5 neue Stellen:

• Regulatory Affairs Specialist 100% – Pharma, Basel
• Quality Assurance Manager GxP 80-100% – Medtech, Zug
• Clinical Project Manager – CRO, Allschwil
• Compliance Officer Healthcare – Versicherung, Zürich
• Pharmacovigilance Associate (befristet) – Basel

Jetzt ansehen: https://www.jobs.example.ch/de/job-abo/7781

Job-Abo bearbeiten oder abmelden: https://www.jobs.example.ch/de/job-abo/settings
""", fmt="alt", logo="jobs.ch", headers=_bulk("<jobabo.jobs.example.ch>", "https://www.jobs.example.ch/u/7781")),

    M(X, "xing_nachricht_recruiter", "de", "", "",
      "XING <mailrobot@mail.xing.example.com>", "Markus Zimmerli hat Ihnen eine Nachricht geschickt",
      "2026-03-18T12:40+01:00",
      """Hallo Dorothea Lindqvist-Mensah,

Markus Zimmerli (Senior Consultant, Zimmerli Life Science Partners) hat Ihnen geschrieben:

„Guten Tag Frau Lindqvist-Mensah, Ihr Profil ist mir aufgefallen. Ich betreue aktuell mehrere spannende Positionen im Bereich Quality & Regulatory in der Region Basel. Falls Sie offen für einen Wechsel sind, freue ich mich über eine kurze Nachricht …“

Nachricht lesen und antworten: https://www.xing.example.com/chats/88123

Ihr XING-Team
""", fmt="html", logo="XING"),

    M(X, "headhunter_kaltakquise", "de", "", "n.graf@graf-partner.example.ch",
      "Nicole Graf <n.graf@graf-partner.example.ch>", "Vertrauliche Anfrage", "2026-04-13T09:05+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Im Auftrag eines international tätigen Medizintechnik-Unternehmens mit Sitz in der Zentralschweiz suchen wir eine erfahrene Persönlichkeit als Head of Regulatory Affairs & Quality.

Ihr Werdegang ist mir im Rahmen unserer Marktrecherche aufgefallen. Sollten Sie grundsätzlich offen für eine neue Herausforderung sein, sende ich Ihnen gerne die ausführliche Stellenbeschreibung zu. Diskretion ist selbstverständlich.

Mit freundlichen Grüssen
Nicole Graf
Graf & Partner – Executive Search
Bleicherweg 10, 8002 Zürich
"""),

    M(X, "karriere_newsletter_absage", "de", "", "",
      "karriere.at Redaktion <newsletter@karriere.example.at>",
      "Absage bekommen? 5 Dinge, die du jetzt tun solltest", "2026-04-16T17:00+02:00",
      """Hallo Dorothea,

eine Absage tut weh – vor allem, wenn man schon im Vorstellungsgespräch war und sich gute Chancen ausgerechnet hat. Unsere Redaktion hat mit Recruiterinnen gesprochen, wie man nach einer Absage wieder auf die Beine kommt:

1. Bitte um Feedback – aber höflich.
2. Nimm es nicht persönlich: Oft entscheidet die interne Kandidatin.
3. Verpasste Interviews? So erklärst du dich richtig.

Weiterlesen: https://www.karriere.example.at/blog/absage-was-tun

Außerdem im Newsletter: Gehaltsreport Pharma 2026 und die Top-Arbeitgeber in Tirol.

Newsletter abbestellen: https://www.karriere.example.at/newsletter/abmelden
""", fmt="html", logo="karriere.at", headers=_bulk("karriere.at Newsletter <newsletter.karriere.example.at>",
                                                     "https://www.karriere.example.at/newsletter/abmelden?id=55")),

    M(X, "krankenkasse_praemie", "de", "", "",
      "Helvisana Kundendienst <noreply@helvisana.example.ch>",
      "Ihre Prämienrechnung Februar 2026", "2026-01-28T05:30+01:00",
      """Guten Tag Frau Lindqvist-Mensah

Ihre Prämienrechnung für Februar 2026 steht im Kundenportal zur Verfügung.

Betrag: CHF 438.60
Fällig am: 28.02.2026

Bei Fragen erreichen Sie uns unter 0800 555 111.

Freundliche Grüsse
Ihre Helvisana
"""),

    M(X, "steueramt_erinnerung", "de", "", "",
      "Kantonales Steueramt Zürich <no-reply@steueramt.example.ch>",
      "Erinnerung: Einreichung Steuererklärung 2025", "2026-03-24T08:00+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir erinnern Sie daran, dass die Frist zur Einreichung der Steuererklärung 2025 am 31. März 2026 abläuft. Eine Fristerstreckung können Sie online beantragen.

Freundliche Grüsse
Kantonales Steueramt Zürich
""", fmt="latin1"),

    M(X, "sbb_verspaetung", "de", "", "",
      "SBB Mobile <noreply@sbb.example.ch>", "Verspätung auf Ihrer Verbindung Zürich HB – Basel SBB",
      "2026-04-20T07:12+02:00",
      """Ihre Verbindung IC 3 Zürich HB ab 07:32 – Basel SBB an 08:25

Leider hat IC 3 voraussichtlich 12 Minuten Verspätung wegen einer Stellwerkstörung. Ihr Anschluss in Basel SBB ist gewährleistet.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihre SBB
"""),

    M(X, "post_zustellung_verzoegert", "de", "", "",
      "Die Post <noreply@notifications.post.example.ch>", "Ihre Sendung 99.00.123456.78901234 verspätet sich",
      "2026-05-13T14:02+02:00",
      """Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.00.123456.78901234 von Galaxus. Neuer voraussichtlicher Zustelltermin: Freitag, 15.05.2026.

Wir bitten Sie um Entschuldigung.
Ihre Post
""", fmt="html", logo="Die Post"),

    M(X, "galaxus_bestellung", "de", "", "",
      "Galaxus <info@galaxus.example.ch>", "Bestellbestätigung 12345678", "2026-05-10T20:48+02:00",
      """Hallo Dorothea

Vielen Dank für deine Bestellung!

1x Ergonomische Bürostuhl-Sitzkissen – CHF 49.90
1x USB-C Dockingstation – CHF 129.00

Voraussichtliche Lieferung: Mi, 13.05.2026

Dein Galaxus-Team
""", fmt="alt", logo="Galaxus"),

    M(X, "ewz_rechnung", "de", "", "",
      "ewz Kundenservice <rechnung@ewz.example.ch>", "Ihre Stromrechnung Q2/2026", "2026-07-03T06:10+02:00",
      """Sehr geehrte Kundin

Ihre Rechnung für das 2. Quartal 2026 (Vertragskonto 400112233) beträgt CHF 187.35 und wird am 31.07.2026 fällig.

Freundliche Grüsse
ewz – Elektrizitätswerk der Stadt Zürich
""", fmt="b64"),

    M(X, "postfinance_kreditkarte_antrag", "de", "", "",
      "PostFinance <no-reply@postfinance.example.ch>", "Ihr Antrag für eine Kreditkarte ist eingegangen",
      "2026-02-12T10:20+01:00",
      """Guten Tag Frau Lindqvist-Mensah

Vielen Dank für Ihren Antrag auf eine Visa Card Gold. Wir haben Ihren Antrag erhalten und prüfen ihn innerhalb von 5 Arbeitstagen. Sie erhalten unseren Entscheid per Post.

Freundliche Grüsse
PostFinance AG
"""),

    M(X, "wohnung_absage", "de", "", "vermietung@limmatimmo.example.ch",
      "Limmat Immobilien Vermietung <vermietung@limmatimmo.example.ch>",
      "Ihre Bewerbung für die 3.5-Zimmer-Wohnung, Wiedikon", "2026-06-05T11:40+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Besten Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Zurlindenstrasse 88.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Mietinteressenten entschieden haben. Wir haben sehr viele Bewerbungen erhalten.

Freundliche Grüsse
Limmat Immobilien AG
Bewirtschaftung
"""),

    M(X, "freundin_eigene_absage", "de", "", "judith.kern@example.de",
      "Judith Kern <judith.kern@example.de>", "puh", "2026-03-06T22:31+01:00",
      """Hey Doro,

nur kurz zum Auskotzen: ich hab heute die Absage von der Uniklinik bekommen, nach DREI Runden und einem Assessment-Center. "Wir haben uns für eine Kandidatin entschieden, die besser passt" – echt jetzt?!

Wie läuft's bei dir mit den Bewerbungen? Lass uns nächste Woche mal telefonieren, ich brauch Wein und Gesellschaft 😅

Drück dich
Judith
"""),

    M(X, "klubschule_kurs_verschoben", "de", "", "",
      "Klubschule Limmat <kurse@klubschule-limmat.example.ch>",
      "Ihr Kurs Italienisch A2 – Terminverschiebung", "2026-09-01T15:00+02:00",
      """Guten Tag Frau Lindqvist-Mensah

Aufgrund einer Erkrankung der Kursleitung muss die Lektion vom Dienstag, 8. September, leider ausfallen. Sie wird am Dienstag, 22. Dezember, nachgeholt.

Wir danken für Ihr Verständnis.
Klubschule Limmat – Sprachen
"""),

    M(X, "fitness_probetraining", "de", "", "",
      "Fitnesspark Oerlikon <info@fitnesspark-oerlikon.example.ch>", "Dein Termin für das Probetraining",
      "2026-01-09T18:18+01:00",
      """Hallo Dorothea

Schön, dass du uns kennenlernen möchtest! Dein kostenloses Probetraining ist bestätigt:

Montag, 12. Januar 2026, 18:30 Uhr, mit Coach Manuel

Bitte bring Sportkleidung, ein Handtuch und saubere Hallenschuhe mit.

Sportliche Grüsse
Dein Fitnesspark-Team
"""),

    M(X, "standup_kalender", "de", "", "",
      "Google Kalender <calendar-notification@google.example.com>",
      "Aktualisierte Einladung: Daily Standup QA-Team @ wöchentlich Mo–Fr 09:15 – 09:30 (MEZ)",
      "2026-01-14T08:01+01:00",
      """Diese Veranstaltung wurde geändert.

Daily Standup QA-Team
Wann: wöchentlich Mo–Fr 09:15 – 09:30 Mitteleuropäische Zeit
Wo: Raum Rhein 2 / Google Meet
Organisator: simone.frei@arbeitgeber-aktuell.example.ch

Einladung von Google Kalender
""", ics={"start": "20260115T081500Z", "end": "20260115T083000Z", "stamp": "20260114T070100Z",
          "summary": "Daily Standup QA-Team", "org_name": "Simone Frei",
          "org": "simone.frei@arbeitgeber-aktuell.example.ch", "location": "Raum Rhein 2", "sequence": "3"}),

    M(X, "abwesenheit_recruiterin", "de", "", "lea.wyss@bergmann-partner.example.ch",
      "Lea Wyss <lea.wyss@bergmann-partner.example.ch>", "Automatische Antwort: Unterlagen Novamed",
      "2026-02-23T10:02+01:00",
      """Vielen Dank für Ihre Nachricht. Ich bin bis und mit 27. Februar ferienhalber abwesend und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat, Tel. +41 44 555 01 00.

Freundliche Grüsse
Lea Wyss
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),

    M(X, "alumni_newsletter", "de", "", "",
      "Alumni Pharmazie Uni Basel <alumni-news@lists.unibas-alumni.example.ch>",
      "Alumni-News Mai: Karrieretag, Stammtisch und Interview mit Prof. Meyer", "2026-05-02T09:00+02:00",
      """Liebe Alumnae und Alumni

- Karrieretag Life Sciences am 4. Juni: Über 40 Unternehmen stellen sich vor, darunter viele aus Pharma und Medtech. Jetzt anmelden!
- Stammtisch Zürich: jeden ersten Donnerstag im Monat.
- Im Interview: Prof. Andrea Meyer über 30 Jahre Arzneimittelzulassung und warum sie Absagen nie persönlich nimmt.

Herzliche Grüsse
Ihr Alumni-Büro

Abmelden: https://alumni.unibas-alumni.example.ch/abmelden
""", fmt="alt", logo="Alumni Pharmazie", headers=_bulk("<alumni-news.lists.unibas-alumni.example.ch>",
                                                         "mailto:alumni-news-unsubscribe@lists.unibas-alumni.example.ch")),

    M(X, "swisscom_rechnung", "de", "", "",
      "Swisscom <noreply@rechnung.swisscom.example.ch>", "Ihre Swisscom Rechnung ist bereit",
      "2026-08-04T03:12+02:00",
      """Guten Tag Frau Lindqvist-Mensah

Ihre Rechnung vom 04.08.2026 über CHF 89.90 ist in My Swisscom verfügbar. Der Betrag wird per LSV am 30.08.2026 belastet.

Freundliche Grüsse
Swisscom
""", fmt="html", logo="Swisscom"),

    M(X, "autoversicherung_offerte", "de", "", "kundendienst@alpina-vers.example.ch",
      "Alpina Versicherungen Kundendienst <kundendienst@alpina-vers.example.ch>",
      "Ihre Offerte Motorfahrzeugversicherung", "2026-09-17T10:30+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen die gewünschte Offerte für Ihren VW Golf (ZH 445 112): Haftpflicht und Teilkasko, Jahresprämie CHF 812.40.

Die Offerte ist 30 Tage gültig. Bei Fragen antworten Sie einfach auf diese E-Mail.

Freundliche Grüsse
Alpina Versicherungen
Kundendienst
""", fmt="cp1252"),

    M(X, "n26_kredit_abgelehnt", "de", "", "",
      "N-Bank Mobile <no-reply@nbank.example.de>", "Update zu deinem Kreditantrag", "2026-07-21T13:13+02:00",
      """Hallo Dorothea,

danke für deinen Antrag auf einen Ratenkredit über 8.000 €. Leider können wir dir derzeit keinen Kredit anbieten. Diese Entscheidung beruht auf unserer automatisierten Bonitätsprüfung.

Du kannst in 3 Monaten erneut einen Antrag stellen.

Dein N-Bank Team
"""),

    M(X, "podcast_interview_anfrage", "de", "", "florian@regtalk-podcast.example.de",
      "Florian Weiß <florian@regtalk-podcast.example.de>", "Interviewanfrage für „RegTalk“",
      "2026-06-29T14:14+02:00",
      """Liebe Frau Lindqvist-Mensah,

ich produziere den Podcast „RegTalk – Zulassung verständlich“ und habe Ihren Vortrag auf der DGRA-Jahrestagung gehört. Hätten Sie Lust, in einer unserer nächsten Folgen als Interviewgast über den Umstieg von Regulatory Affairs in die Clinical Operations zu sprechen?

Die Aufnahme dauert ca. 45 Minuten, remote. Termine im August wären ideal.

Viele Grüße
Florian Weiß
RegTalk Podcast
"""),

    M(X, "nutzerinterview_app", "de", "", "ux-research@medtrackapp.example.de",
      "Lena vom MedTrack UX-Team <ux-research@medtrackapp.example.de>",
      "Einladung zum Nutzerinterview (30 Min., 50 € Gutschein)", "2026-09-10T11:00+02:00",
      """Hallo Dorothea,

du nutzt MedTrack seit über einem Jahr – danke dafür! Wir möchten die App verbessern und suchen Nutzer:innen für ein 30-minütiges Interview per Video. Als Dankeschön gibt es einen 50 € Gutschein.

Hier kannst du dir einen Termin aussuchen: https://calendly.example.com/medtrack-ux/interview

Viele Grüße
Lena
UX Research, MedTrack
""", fmt="alt", logo="MedTrack"),

    M(X, "eigene_gesendete_mail_de", "de", "", "",
      CAND, "Re: Einladung zum Telefoninterview – Senior Specialist Pharmacovigilance",
      "2026-01-15T12:30+01:00",
      """Sehr geehrte Frau Steiner

Herzlichen Dank für die Einladung. Gerne bestätige ich den Termin am Dienstag, 20. Januar, um 10:00 Uhr. Sie erreichen mich unter +41 79 555 12 34.

Freundliche Grüsse
Dorothea Lindqvist-Mensah
""", to="Anja Steiner <anja.steiner@helvetiabio.example.ch>",
      quote=[("de", "15.01.2026 um 10:22", "Anja Steiner <anja.steiner@helvetiabio.example.ch>",
              "Sehr geehrte Frau Lindqvist-Mensah\n\nHerzlichen Dank für Ihre Bewerbung. Wir möchten Sie gerne in einem ersten Telefoninterview näher kennenlernen.\n\nHätten Sie am Dienstag, 20. Januar, um 10:00 Uhr Zeit?\n\nFreundliche Grüsse\nAnja Steiner")]),

    M(X, "lufthansa_checkin", "de", "", "",
      "Lufthansa <online@booking.lufthansa.example.com>", "Jetzt einchecken: Ihr Flug nach Berlin",
      "2026-09-13T07:00+02:00",
      """Guten Tag Frau Lindqvist-Mensah,

der Online Check-in für Ihren Flug LH 1353 von Zürich nach Berlin-Brandenburg am 14.09.2026 um 07:10 Uhr ist jetzt geöffnet.

Buchungscode: 6PZQ4R
Jetzt einchecken: https://www.lufthansa.example.com/checkin

Wir wünschen Ihnen einen angenehmen Flug.
Ihr Lufthansa Team
""", fmt="html", logo="Lufthansa"),

    M(X, "finanzamt_bescheid", "de", "", "",
      "ELSTER <noreply@elster.example.de>", "Neue Nachricht in Ihrem ELSTER-Postfach",
      "2026-06-18T16:40+02:00",
      """Sehr geehrte Nutzerin,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht des Finanzamts München für Sie bereit (Einkommensteuerbescheid 2025).

Bitte melden Sie sich unter https://www.elster.example.de an, um die Nachricht abzurufen.

Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""),

    # English
    M(X, "linkedin_job_alert", "en", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "12 new jobs for 'regulatory affairs manager' in Zurich", "2026-02-14T08:40+01:00",
      """Your job alert for regulatory affairs manager in Zurich, Switzerland

Regulatory Affairs Manager - Helvion Pharma - Basel (Hybrid) - Be an early applicant
Senior Manager Regulatory CMC - Corvantis - Zug - 3 connections work here
Clinical Operations Lead - Quorum Bio - Remote - Promoted

See all jobs: https://www.linkedin.example.com/jobs/search/?alert=8821

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.example.com/e/unsub
""", fmt="html", logo="LinkedIn", headers=_bulk("<jobalerts.linkedin.example.com>",
                                                 "https://www.linkedin.example.com/e/unsub?a=8821")),

    M(X, "linkedin_inmail_cold", "en", "", "",
      "Priya Nair via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Priya sent you a new message", "2026-03-12T15:55+01:00",
      """Priya Nair
Talent Partner at Orbis Clinical Staffing

Hi Dorothea, I came across your profile and was impressed by your regulatory background across pharma and devices. I'm building a network of quality and compliance professionals in DACH for upcoming contract roles. Would be great to connect and keep you in mind!

Reply: https://www.linkedin.example.com/messaging/thread/2-ZmE4

This is an InMail. You can change your InMail preferences in Settings.
""", fmt="html", logo="LinkedIn"),

    M(X, "indeed_digest", "en", "", "",
      "Indeed <alert@indeed.example.com>", "Quality Manager jobs in Basel: 7 new results",
      "2026-05-19T06:30+02:00",
      """7 new jobs for Quality Manager in Basel

QA Manager GMP - Meridian CDMO - Visp - Easily apply
Quality Systems Lead - Northwind Diagnostics - Allschwil
Head of Quality (m/f/d) - BioStart Basel - Basel - Urgently hiring

View all jobs: https://ch.indeed.example.com/jobs?q=quality+manager&l=basel

Unsubscribe from these emails: https://ch.indeed.example.com/unsubscribe
""", headers=_bulk("<alerts.indeed.example.com>", "https://ch.indeed.example.com/unsubscribe?id=992")),

    M(X, "wttj_newsletter_rejection", "en", "", "",
      "Welcome to the Garden <hello@welcometothegarden.example.com>",
      "How to bounce back after a rejection (and ace your next interview)", "2026-06-11T10:00+02:00",
      """This week on the blog

Rejected after the final round? You're not alone. We asked five hiring managers what really happens after the last interview and why "we've decided to move forward with other candidates" is rarely about you.

Plus: what to do if you missed an interview, how to reschedule gracefully, and 30 companies hiring in life sciences right now.

Read more: https://www.welcometothegarden.example.com/en/articles/bounce-back

You received this newsletter because you subscribed. Unsubscribe: https://www.welcometothegarden.example.com/unsubscribe
""", fmt="html", logo="Welcome to the Garden",
      headers=_bulk("Weekly <weekly.welcometothegarden.example.com>", "https://www.welcometothegarden.example.com/unsubscribe?u=31")),

    M(X, "substack_missed_interview", "en", "", "",
      "The Clinical Ops Career Letter <clinopsletter@substack.example.com>",
      "I missed an interview. Here's what happened next.", "2026-07-09T14:00+02:00",
      """Hi friends,

Last month a reader wrote in: "I completely forgot about a video interview and the recruiter emailed saying they'd missed me. Is it over?"

Short answer: no. Here's the apology email template I recommend, plus what three recruiters told me about no-shows, reschedules and offers that come out of nowhere.

Read in the app: https://clinopsletter.substack.example.com/p/missed-an-interview

Unsubscribe https://clinopsletter.substack.example.com/action/unsubscribe
""", fmt="alt", logo="Substack",
      headers=_bulk("<clinopsletter.substack.example.com>", "https://clinopsletter.substack.example.com/action/unsubscribe")),

    M(X, "agency_cold_email", "en", "", "oliver.grant@apexlife-recruit.example.com",
      "Oliver Grant <oliver.grant@apexlife-recruit.example.com>", "Exciting QA opportunities in Zug!!",
      "2026-08-19T09:30+02:00",
      """Hi Dorothea!

Hope you're having a great week!! I'm Oliver from ApexLife Recruitment and I specialise in Quality & Regulatory roles across Switzerland.

I've currently got a number of exciting permanent and contract opportunities with leading medtech clients in Zug and Lucerne - salaries up to CHF 160k!!

If you're open to hearing more, just drop me your latest CV and I'll be in touch!!

Best,
Oliver Grant
ApexLife Recruitment | +41 41 555 78 90
"""),

    M(X, "press_interview_request", "en", "", "s.okafor@medtechweekly.example.com",
      "Samuel Okafor <s.okafor@medtechweekly.example.com>", "Interview request - MDR transition feature",
      "2026-04-30T11:45+02:00",
      """Dear Ms Lindqvist-Mensah,

I'm a reporter at MedTech Weekly working on a feature about how mid-sized device makers are coping with the MDR transition deadlines. A colleague recommended you as someone with hands-on experience.

Would you be available for a 20-minute interview by phone next week? Happy to keep it on background if you prefer.

Best regards,
Samuel Okafor
Senior Reporter, MedTech Weekly
"""),

    M(X, "university_admission_decision", "en", "", "",
      "Graduate Admissions <admissions-noreply@zhs-university.example.ch>",
      "Decision on your application - MAS in Clinical Research", "2026-06-30T16:00+02:00",
      """Dear Dorothea Lindqvist-Mensah,

Thank you for your application to the Master of Advanced Studies in Clinical Research, intake 2026/27.

We regret to inform you that the admissions committee is unable to offer you a place in this year's cohort. The programme was significantly oversubscribed.

You are welcome to apply again for the next intake.

Graduate Admissions Office
""", fmt="qp"),

    M(X, "amazon_order_delayed", "en", "", "",
      "Amazon.example <shipment-tracking@amazon.example.de>", "Unfortunately, your order is delayed",
      "2026-03-21T09:09+01:00",
      """Hello Dorothea,

We're sorry. Your package with "Kindle Paperwhite" is running late. We now expect it to arrive by Tuesday, March 24.

Track your package: https://www.amazon.example.de/progress-tracker/package

We apologise for the inconvenience.
""", fmt="html", logo="Amazon"),

    M(X, "swiss_flight_rescheduled", "en", "", "",
      "SWISS <noreply@notifications.swiss.example.com>", "Schedule change: your flight LX 1272 to Copenhagen",
      "2026-07-19T05:44+02:00",
      """Dear Ms Lindqvist-Mensah

We regret to inform you that the schedule of your flight has changed.

LX 1272 Zurich - Copenhagen, 22 Jul 2026
New departure: 12:40 (previously 10:15)

Booking reference: K7QX2M. If the new time does not suit you, you can rebook free of charge in the SWISS app.

Kind regards
Your SWISS Team
""", fmt="alt", logo="SWISS"),

    M(X, "netflix_payment", "en", "", "",
      "Netflix <info@account.netflix.example.com>", "Update your payment information",
      "2026-08-28T21:00+02:00",
      """Hi Dorothea,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

UPDATE ACCOUNT: https://www.netflix.example.com/YourAccount

Your friends at Netflix
""", fmt="html", logo="Netflix"),

    M(X, "gps_position_shared", "en", "", "",
      "Trailtrack <no-reply@trailtrack.example.com>", "Jonas shared his live position with you",
      "2026-08-08T13:25+02:00",
      """Jonas Lindqvist is sharing his live position with you during "Pizol 5-Seen-Wanderung".

Last position: 47.0132 N, 9.3921 E (altitude 2,227 m), updated 2 minutes ago.

Follow on the map: https://trailtrack.example.com/live/ab81c

You're receiving this because Jonas added you as a safety contact.
"""),

    M(X, "own_sent_thank_you_en", "en", "", "",
      CAND, "Thank you - Senior Manager, Quality Compliance", "2026-04-29T08:15+02:00",
      """Hi Erin,

Thank you so much for the invitation to the onsite in Boston - I'm delighted and confirm Thursday May 14. I'll wait for your travel coordinator's email.

Best regards,
Dorothea

Dorothea Lindqvist-Mensah
+41 79 555 12 34
""", to="Erin Walsh <erin.walsh@halcyongenomics.example.com>"),

    M(X, "ooo_recruiter_en", "en", "", "hannah.lee@arcadiabio.example.com",
      "Hannah Lee <hannah.lee@arcadiabio.example.com>", "Out of Office: Re: Panel availability",
      "2026-02-13T19:02+01:00",
      """Thanks for your email. I'm out of the office until Monday, February 16 with limited access to email. For anything urgent, please contact recruiting@arcadiabio.example.com.

Hannah
""", headers={"Auto-Submitted": "auto-replied"}),

    M(X, "standup_outlook_en", "en", "", "",
      "Microsoft Outlook <calendar-noreply@outlook.example.com>",
      "Reminder: Weekly QA Sync @ Mon 09:00 - 09:30", "2026-05-25T08:45+02:00",
      """Reminder

Weekly QA Sync
Monday, May 25, 2026 09:00-09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
Location: Teams

Join: https://teams.microsoft.example.com/l/meetup-join/19%3aweekly-qa
"""),

    M(X, "friend_forwards_posting", "en", "", "kwame.mensah@example.org",
      "Kwame Mensah <kwame.mensah@example.org>", "Fwd: Clinical Quality Lead - Amsterdam (thought of you!)",
      "2026-07-25T12:03+02:00",
      """Hey sis, saw this in our company newsletter and immediately thought of you. Amsterdam isn't that far from Zurich ;) No pressure!

K.

Sent from my iPhone
""", fwd_to="kwame.mensah@example.org", quote=[("fwd", "Fri, Jul 24, 2026 at 5:10 PM", "Careers Digest <careers-digest@lowlands-health.example.nl>",
             "Open roles this week at Lowlands Health\n\nClinical Quality Lead (Amsterdam, hybrid)\nWe are looking for an experienced QA professional to lead GCP audits across our trial portfolio.\nApply via the careers page by 15 August.")]),

    # French
    M(X, "wttj_alerte_fr", "fr", "", "",
      "Welcome to the Garden <alertes@welcometothegarden.example.com>",
      "3 nouvelles offres qui pourraient vous plaire", "2026-04-09T08:00+02:00",
      """Bonjour Dorothea,

Voici les nouvelles offres correspondant à votre alerte « Affaires réglementaires – Lyon » :

• Chargé·e d'affaires réglementaires – Laboratoires Vernand – Lyon
• Responsable qualité fournisseurs – Biomérieux-Sud – Marcy-l'Étoile
• Pharmacovigilance Officer – Genomix – Lyon (télétravail partiel)

Voir les offres : https://www.welcometothegarden.example.com/fr/alertes/441

Se désabonner : https://www.welcometothegarden.example.com/fr/unsubscribe
""", fmt="html", logo="Welcome to the Garden",
      headers=_bulk("<alertes.welcometothegarden.example.com>", "https://www.welcometothegarden.example.com/fr/unsubscribe?u=441")),

    M(X, "jobup_alerte", "fr", "", "",
      "jobup.ch <noreply@jobup.example.ch>", "Votre abonnement emploi : 4 nouvelles annonces",
      "2026-06-16T07:30+02:00",
      """Bonjour,

4 nouvelles annonces correspondent à votre abonnement « Qualité pharma, Genève/Lausanne » :

- Spécialiste Assurance Qualité GMP 100% – Genève
- Cheffe de projet qualité 80% – Lausanne
- Regulatory Affairs Officer – Nyon
- Compliance Manager – Genève

Consulter : https://www.jobup.example.ch/fr/abonnement/331

Gérer votre abonnement : https://www.jobup.example.ch/fr/abonnement/settings
""", fmt="latin1", headers=_bulk("<abo.jobup.example.ch>", "https://www.jobup.example.ch/fr/u/331")),

    M(X, "amie_refus_fr", "fr", "", "elodie.martin@example.fr",
      "Élodie Martin <elodie.martin@example.fr>", "devine quoi…", "2026-05-07T20:47+02:00",
      """Coucou Doro,

Bon, j'ai eu la réponse de Sanovia : c'est non. Après deux entretiens et un cas pratique, ils ont « retenu un profil plus senior ». Je suis dégoûtée mais bon, c'est la vie.

Et toi, tu as eu des nouvelles de ton entretien à Genève ? Raconte-moi !

Bisous
Élodie
"""),

    M(X, "admission_unige_fr", "fr", "", "",
      "Service des admissions <admissions-ne-pas-repondre@univ-leman.example.ch>",
      "Décision concernant votre demande d'admission – CAS en pharmacovigilance", "2026-07-06T10:00+02:00",
      """Madame,

Nous avons le plaisir de vous informer que votre candidature au Certificate of Advanced Studies en pharmacovigilance a été acceptée. Les cours débuteront le 18 septembre 2026.

Vous recevrez prochainement la facture d'inscription.

Service des admissions
Université du Léman
""", fmt="qp"),

    # Spanish
    M(X, "infojobs_alerta", "es", "", "",
      "InfoEmpleo <alertas@infoempleo.example.es>", "Nuevas ofertas de empleo para ti: Calidad farmacéutica",
      "2026-03-03T07:00+01:00",
      """Hola Dorothea,

Tenemos 6 nuevas ofertas que coinciden con tu alerta «Calidad farmacéutica – Madrid / Remoto»:

- Técnico/a de Garantía de Calidad – Laboratorios Ibercal – Madrid
- Quality Manager – Saludata – Remoto
- Responsable de Farmacovigilancia – Biofarma Levante – Valencia

Ver todas: https://www.infoempleo.example.es/alertas/9921

Darse de baja: https://www.infoempleo.example.es/baja
""", fmt="html", logo="InfoEmpleo", headers=_bulk("<alertas.infoempleo.example.es>", "https://www.infoempleo.example.es/baja?u=9921")),

    M(X, "entrevista_usuarios_es", "es", "", "investigacion@saludapp.example.es",
      "Equipo de Investigación SaludApp <investigacion@saludapp.example.es>",
      "¿Nos ayudas? Entrevista de 30 minutos sobre SaludApp", "2026-06-02T12:30+02:00",
      """Hola Dorothea,

Estamos rediseñando SaludApp y buscamos usuarias como tú para una entrevista de investigación de 30 minutos por videollamada. No hay respuestas correctas ni incorrectas: solo queremos entender cómo usas la app.

Como agradecimiento, te enviaremos una tarjeta regalo de 40 €. Reserva tu hueco aquí: https://calendly.example.com/saludapp-research

¡Gracias!
Equipo de Investigación SaludApp
"""),

    M(X, "amigo_rechazo_es", "es", "", "diego.fuentes@example.es",
      "Diego Fuentes <diego.fuentes@example.es>", "Re: ¿qué tal todo?", "2026-04-25T23:10+02:00",
      """Jaja, pues aquí sigo. Te cuento: me han rechazado en la farmacéutica de Barcelona después de la entrevista final. Me dijeron que buscaban a alguien con más experiencia en gestión de equipos. Qué rabia, la verdad.

A ver si nos vemos cuando vengas a Madrid en junio.

Abrazo,
Diego

Enviado desde mi iPhone
""", quote=[("es", "vie, 24 abr 2026 a las 18:40", "Dorothea Lindqvist-Mensah (<dorothea.lm@example.ch>)",
             "Hola Diego,\n¿qué tal todo? ¿Cómo fue lo de Barcelona?\nBesos,\nDoro")]),

    M(X, "entrevista_radio_es", "es", "", "carmen.vidal@radiosalud.example.es",
      "Carmen Vidal <carmen.vidal@radiosalud.example.es>", "Entrevista en «Salud al día»",
      "2026-09-24T10:05+02:00",
      """Estimada Dorothea:

Soy productora del programa «Salud al día» de Radio Salud. Estamos preparando un especial sobre la seguridad de los medicamentos en Europa y nos gustaría entrevistarla en directo unos 10 minutos, por teléfono, el jueves 1 de octubre a las 12:20.

¿Le vendría bien? Le enviaría las preguntas con antelación.

Un saludo cordial,
Carmen Vidal
Producción – Radio Salud
"""),

    M(X, "spotify_premium_es", "es", "", "",
      "Spotify <no-reply@spotify.example.com>", "Tu recibo de Spotify Premium", "2026-10-02T04:00+02:00",
      """Hola Dorothea:

Gracias por seguir con Premium Individual. Hemos cargado 10,99 € a tu tarjeta terminada en 4421.

Próximo pago: 2 de noviembre de 2026.

Spotify
""", fmt="html", logo="Spotify"),

    M(X, "tarjeta_credito_solicitud_es", "es", "", "",
      "Banco Mediterráneo <avisos-noreply@bancomed.example.es>",
      "Hemos recibido tu solicitud de tarjeta de crédito", "2026-05-15T11:22+02:00",
      """Hola Dorothea,

Hemos recibido tu solicitud de la Tarjeta Oro. Estamos estudiando tu solicitud y te responderemos en un plazo máximo de 72 horas.

Si tienes cualquier duda, estamos a tu disposición en la app.

Banco Mediterráneo
""", fmt="qp"),
]
