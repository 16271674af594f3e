"""Everything else in the inbox (52): alerts, newsletters, everyday mail, outreach, look-alikes."""

from __future__ import annotations

from msgs74_base import dt, m

K = "other"
ME = ("Jonas Reitmayr-Lindqvist", "jonas.rl@example.at")


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Mailing-list headers that newsletters and alerts carry."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk"}


MESSAGES = [
    # ---- German
    m(K, "linkedin_jobalert_de", "de", ("LinkedIn Job-Benachrichtigungen", "jobalerts-noreply@linkedin.com"),
      "„Projektleiter“: 14 neue Jobs in Wien", dt("2026-01-09 06:30"),
      """Ihre Job-Benachrichtigung für Projektleiter in Wien

Projektleiter Bahninfrastruktur (m/w/d) - Donau Bahnsysteme - Wien - vor 1 Tag
https://www.linkedin.com/comm/jobs/view/4099128811

Senior Project Manager E-Mobility - Velora Mobility - Wien (Hybrid) - Schnell bewerben
https://www.linkedin.com/comm/jobs/view/4099130254

Projektleiter:in Gebäudetechnik - Schimmel & Sohn - Wien - 23 Bewerber:innen
https://www.linkedin.com/comm/jobs/view/4099133780

Alle Jobs anzeigen: https://www.linkedin.com/comm/jobs/search?keywords=Projektleiter

Sie erhalten diese E-Mail, weil Sie eine Job-Benachrichtigung eingerichtet haben. Abmelden: https://www.linkedin.com/comm/psettings/job-alerts""",
      fmt="alt", hdr=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/psettings/unsub/ja")),
    m(K, "karriere_at_jobagent", "de", ("karriere.at Job-Agent", "jobagent@karriere.at"),
      "5 neue Jobs für „Qualitätsmanager Oberösterreich“", dt("2026-01-16 07:00"),
      """Hallo Jonas,

dein Job-Agent hat 5 neue Jobs gefunden:

Qualitätsmanager Automotive (m/w/d) · Wallner Kunststofftechnik · Wels · € 4.200 brutto/Monat
Lieferantenqualität Ingenieur:in · Ferrotec Sensorik · Linz
QM-Beauftragte:r Medizinprodukte · Hochrhein Medizintechnik · Steyr

Tipp der Woche: Absage bekommen? So nutzt du sie für deine nächste Bewerbung.

Job-Agent bearbeiten oder abbestellen: https://www.karriere.at/jobagent""",
      fmt="html", hdr=bulk("<jobagent.karriere.at>", "https://www.karriere.at/jobagent/unsubscribe?id=77")),
    m(K, "stepstone_ratgeber_absage", "de", ("StepStone Karriere-Newsletter", "newsletter@stepstone.de"),
      "Vorstellungsgespräch verpasst? Das können Sie jetzt tun", dt("2026-02-06 10:00"),
      """Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Vorstellungsgespräch verpasst - wie Sie sich richtig entschuldigen und eine zweite Chance bekommen.
2. Absage nach dem Interview: Warum Sie trotzdem nachfragen sollten.
3. Gehaltsreport 2026: Was Ingenieur:innen in Bayern verdienen.

Jetzt lesen: https://www.stepstone.de/magazin/2026-02

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.stepstone.de/newsletter/abmelden
StepStone Deutschland GmbH, Völklinger Str. 1, 40219 Düsseldorf""",
      fmt="html", hdr=bulk("Karriere-Newsletter <karriere.newsletter.stepstone.de>", "https://www.stepstone.de/newsletter/abmelden")),
    m(K, "freund_eigene_absage", "de", ("Stefan Hofbauer", "stefan.hofbauer@example.at"),
      "na servas", dt("2026-02-10 22:14"),
      """Servus Jonas,

kurzes Update von mir: bei der Voestalpine-Geschichte hab ich heute die Absage bekommen, nach DREI Runden und einem Assessment-Center. "Haben uns für einen anderen Kandidaten entschieden" - danke eh. Bin ziemlich bedient.

Wie läufts bei dir? Gehen wir am Freitag auf ein Bier? Dann kannst mir von deinem Gespräch in Graz erzählen.

LG Stef""",
      ),
    m(K, "finanzonline_databox", "de", ("FinanzOnline", "noreply@bmf.example.gv.at"),
      "Neue Nachricht in Ihrer FinanzOnline DataBox", dt("2026-02-27 05:12"),
      """Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer!

In Ihrer DataBox ist ein neues Dokument eingelangt (Einkommensteuerbescheid 2025).

Bitte melden Sie sich unter https://finanzonline.bmf.gv.at an, um das Dokument abzurufen.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
      ),
    m(K, "orf_beitrag", "de", ("ORF-Beitrags Service", "service@orf-beitrag.example.at"),
      "Ihre Vorschreibung ORF-Beitrag 2026", dt("2026-01-05 09:00"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

anbei erhalten Sie Ihre Vorschreibung für den ORF-Beitrag für das Jahr 2026. Der Betrag wird zum Fälligkeitstermin von Ihrem Konto eingezogen.

Ihre Beitragsnummer: 4411 0938 22

Mit freundlichen Grüßen
ORF-Beitrags Service GmbH""",
      fmt="latin1", att="Vorschreibung_2026.pdf"),
    m(K, "wiener_linien_jahreskarte", "de", ("Wiener Linien", "noreply@wienerlinien.example.at"),
      "Ihre Jahreskarte wird verlängert", dt("2026-03-01 08:00"),
      """Hallo Jonas,

Ihre Jahreskarte läuft am 31.03.2026 ab und wird automatisch verlängert. Der Betrag von € 365,- wird in 12 Raten abgebucht.

Sie möchten Ihre Jahreskarte kündigen? Das geht bis 15.03. in der WienMobil App.

Gute Fahrt!
Ihre Wiener Linien""",
      fmt="html"),
    m(K, "wien_energie_abrechnung", "de", ("Wien Energie Kundenservice", "kundenservice@wienenergie.example.at"),
      "Ihre Jahresabrechnung ist da", dt("2026-03-19 13:30"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

Ihre Jahresabrechnung für Strom und Gas steht ab sofort in Meine Wien Energie zur Verfügung. Gute Nachricht: Sie erhalten eine Gutschrift von € 84,12.

Ihre neue Teilbetragshöhe beträgt ab April € 71,00 monatlich.

Freundliche Grüße
Ihr Wien Energie Kundenservice""",
      fmt="alt"),
    m(K, "oegk_schreiben", "de", ("Österreichische Gesundheitskasse", "meineoegk@oegk.example.at"),
      "Neue Nachricht in MeineÖGK", dt("2026-04-03 10:10", "+0200"),
      """Sehr geehrte Versicherte, sehr geehrter Versicherter,

in Ihrem Postfach in MeineÖGK ist eine neue Nachricht zu Ihrem Antrag auf Kostenerstattung eingelangt. Ihr Antrag wurde bearbeitet.

Bitte melden Sie sich mit ID Austria an, um die Nachricht zu lesen.

Ihre ÖGK""",
      ct=""),
    m(K, "bank_kreditantrag_eingang", "de", ("Raiffeisen Landesbank Beispiel", "kredite@rlb-beispiel.example.at"),
      "Ihr Kreditantrag ist eingegangen", dt("2026-04-09 14:45", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihren Antrag auf einen Wohnkredit. Wir haben Ihre Unterlagen erhalten und prüfen diese nun. Ihre Antragsnummer lautet WK-2026-118834.

Ihre Beraterin Frau Mag. Lindner meldet sich innerhalb von 5 Werktagen bei Ihnen.

Mit freundlichen Grüßen
Ihr Kreditservice""",
      ct="", fmt="qp"),
    m(K, "kreditkarte_abgelehnt", "de", ("Visa Premium Karten", "antrag@karten-service.example.de"),
      "Ihr Antrag auf die Gold Card", dt("2026-05-02 09:00", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihr Interesse an unserer Gold Card.

Leider können wir Ihrem Antrag derzeit nicht entsprechen. Diese Entscheidung beruht auf unserer internen Bonitätsprüfung. Gerne können Sie in sechs Monaten einen neuen Antrag stellen.

Mit freundlichen Grüßen
Ihr Karten-Service""",
      ct="", fmt="cp1252"),
    m(K, "dhl_verspaetet", "de", ("DHL Paket", "noreply@dhl.example.de"),
      "Ihre Sendung verzögert sich leider", dt("2026-05-14 18:22", "+0200"),
      """Hallo Jonas Reitmayr-Lindqvist,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094042557 von ZALANDO SE. Neuer voraussichtlicher Zustelltag: Montag, 18.05.

Wir bitten um Entschuldigung.
Ihr DHL Paket Team

Sendung verfolgen: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html""",
      fmt="html"),
    m(K, "oebb_verspaetung", "de", ("ÖBB Kundenservice", "noreply@oebb.example.at"),
      "Reiseinformation: Ihre Verbindung Wien Hbf - München Hbf", dt("2026-06-05 07:48", "+0200"),
      """Sehr geehrter Fahrgast,

Ihr Zug RJX 62 (ab Wien Hbf 08:25) hat voraussichtlich 35 Minuten Verspätung aufgrund einer Weichenstörung bei St. Pölten. Ihr Anschluss in Salzburg ist nicht gefährdet.

Informationen zu Fahrgastrechten: https://www.oebb.at/fahrgastrechte

Wir danken für Ihr Verständnis.
Ihre ÖBB""",
      ),
    m(K, "magenta_rechnung", "de", ("Magenta Telekom", "rechnung@magenta.example.at"),
      "Ihre Magenta Rechnung Mai 2026", dt("2026-05-06 04:30", "+0200"),
      """Hallo Jonas,

Ihre Rechnung für Mai 2026 ist da: € 34,99. Der Betrag wird am 20.05. abgebucht.

Rechnung ansehen: https://www.magenta.at/mein-magenta

Ihr Magenta Team""",
      ct="", fmt="html"),
    m(K, "fitnessstudio_kurs", "de", ("FitOne Wien-Mitte", "info@fitone-wien.example.at"),
      "Dein Probetraining / Kursplan Juni", dt("2026-05-28 12:00", "+0200"),
      """Hi Jonas!

Der neue Kursplan für Juni ist online! Neu dabei: Mobility am Mittwoch 18:30 und Functional Training am Samstag.

Achtung: Am 4. Juni (Fronleichnam) bleibt das Studio geschlossen.

Sportliche Grüße
Dein FitOne Team""",
      fmt="html", hdr={"List-Unsubscribe": "<mailto:unsubscribe@fitone-wien.example.at>"}),
    m(K, "wohnung_absage", "de", ("Sabine Mayrhofer", "s.mayrhofer@immo-mayrhofer.example.at"),
      "Wohnung Taborstraße 41/12", dt("2026-06-15 11:30", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

vielen Dank für Ihr Interesse an der Wohnung in der Taborstraße und die Besichtigung letzte Woche. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für einen anderen Mietinteressenten entschieden hat.

Gerne informieren wir Sie über weitere passende Objekte.

Mit freundlichen Grüßen
Sabine Mayrhofer
Immobilien Mayrhofer, Wien 2""",
      ),
    m(K, "ams_ejobroom", "de", ("AMS eJob-Room", "ejobroom-noreply@ams.example.at"),
      "Neue Stellenangebote passend zu Ihrem Suchprofil", dt("2026-02-02 06:00"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

zu Ihrem Suchprofil "Maschinenbauingenieur Wien/NÖ" wurden 7 neue Stellenangebote gefunden:

- Konstrukteur/in Sondermaschinenbau, 1230 Wien
- Projektingenieur/in Anlagenbau, 2700 Wiener Neustadt
- Vertriebsingenieur/in Pumpentechnik, 1100 Wien

Zu den Stellenangeboten: https://jobs.ams.at/public/emps/

Ihr Arbeitsmarktservice""",
      hdr={"Auto-Submitted": "auto-generated"}),
    m(K, "eigene_bewerbung_gesendet", "de", ME, "Bewerbung als Projektleiter Intralogistik - Jonas Reitmayr-Lindqvist",
      dt("2026-01-10 20:33"),
      """Sehr geehrte Frau Eder,

mit großem Interesse habe ich Ihre Ausschreibung für die Position als Projektleiter Intralogistik gelesen. Als Maschinenbauingenieur mit sieben Jahren Erfahrung in der Entwicklung von Fördersystemen möchte ich nun in die Projektleitung wechseln.

Anbei finden Sie meinen Lebenslauf und meine Zeugnisse. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Jonas Reitmayr-Lindqvist
+43 660 555 31 27""",
      to=("Katrin Eder", "katrin.eder@pichler-foerdertechnik.example.at"), att="Lebenslauf_Reitmayr-Lindqvist.pdf"),
    m(K, "abwesenheit_recruiterin", "de", ("Sandra Wimmer", "sandra.wimmer@ostbayern-sensors.example.de"),
      "Automatische Antwort: Rückfrage Fachgespräch", dt("2026-04-02 08:01", "+0200"),
      """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@ostbayern-sensors.example.de.

Mit freundlichen Grüßen
Sandra Wimmer""",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    m(K, "standup_kalender", "de", ("Google Kalender", "calendar-notification@google.com"),
      "Erinnerung: Daily Standup Spanischkurs-Projektgruppe @ Mo 9. März 2026 09:00 - 09:15 (CET)", dt("2026-03-09 08:50"),
      """Daily Standup Projektgruppe
Montag, 9. März 2026 · 09:00 - 09:15 (Mitteleuropäische Zeit - Wien)
Google Meet: https://meet.google.com/xyz-abcd-efg

Organisator: lukas.brenner@example.at
Teilnehmer: jonas.rl@example.at, anna.k@example.at

Einladung von Google Kalender""",
      ics={"summary": "Daily Standup Projektgruppe", "stamp": "20260309T075000Z", "start": "20260309T080000Z",
           "end": "20260309T081500Z", "organizer": "lukas.brenner@example.at", "cn": "Lukas Brenner", "location": "Google Meet"}),
    m(K, "headhunter_kaltakquise", "de", ("Wolfgang Strasser", "w.strasser@strasser-associates.example.at"),
      "Vertraulich", dt("2026-04-28 19:40", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

Ihr Profil auf XING ist mir im Zuge eines aktuellen Suchmandats aufgefallen. Wir betreuen derzeit mehrere mittelständische Maschinenbauer in Oberösterreich und Bayern bei der Besetzung von Projektleitungs- und Vertriebsfunktionen.

Ich würde Sie gerne in unsere Kandidatendatenbank aufnehmen. Sofern Sie einverstanden sind, senden Sie mir bitte Ihren aktuellen Lebenslauf samt Gehaltsvorstellung; ich komme dann auf Sie zu, sobald ein passendes Mandat vorliegt.

Mit besten Grüßen
Wolfgang Strasser
Strasser & Associates
Landstraße 49, 4020 Linz""",
      ),
    m(K, "alumni_interview_absolvent", "de", ("TU Wien Alumni Club", "alumni-newsletter@tuwien-alumni.example.at"),
      "Alumni-Newsletter Mai: Interview mit Absolventin Dr. Maria Pöll", dt("2026-05-11 10:00", "+0200"),
      """Liebe Alumni,

im großen Interview erzählt Dr. Maria Pöll (Maschinenbau 2009), wie sie vom Prüfstand in die Geschäftsführung eines Bahnzulieferers kam - und warum sie nach ihrer ersten Absage fast aufgegeben hätte.

Außerdem: Einladung zum Sommerfest am 19. Juni und neue Jobs im Alumni-Jobportal.

Zum Newsletter: https://alumni.tuwien.example.at/newsletter/2026-05

Newsletter abbestellen: https://alumni.tuwien.example.at/abmelden""",
      fmt="html", hdr=bulk("TU Wien Alumni <news.tuwien-alumni.example.at>", "https://alumni.tuwien.example.at/abmelden")),
    m(K, "kfz_versicherung_antrag", "de", ("Donau Versicherung Kfz", "kfz-antrag@donauvers.example.at"),
      "Ihr Antrag wurde angenommen - Polizze folgt", dt("2026-07-02 16:00", "+0200"),
      """Sehr geehrter Herr Reitmayr-Lindqvist,

wir bestätigen den Eingang Ihres Antrags auf Kfz-Haftpflicht- und Teilkaskoversicherung für das Fahrzeug W-41822X. Ihre Polizze erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Ihre Kfz-Abteilung""",
      ct=""),
    # ---- English
    m(K, "linkedin_jobs_digest_en", "en", ("LinkedIn", "jobs-listings@linkedin.com"),
      "Jonas, 9 new jobs for Product Manager in Munich", dt("2026-02-14 07:15"),
      """Jobs you may be interested in

Product Manager Medical Devices - Nordhavn Medical - Munich (Hybrid)
Technical Product Manager - Trellix Robotics - Remote (EMEA) - Actively recruiting
Senior PM, Rail Digital - Pembridge Rail Services - Munich - 2 connections work here

See all jobs: https://www.linkedin.com/comm/jobs/collections/recommended

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe""",
      fmt="alt", hdr=bulk("<jobs-listings.linkedin.com>", "https://www.linkedin.com/comm/psettings/email-unsubscribe")),
    m(K, "indeed_digest", "en", ("Indeed", "alert@indeed.com"),
      "Quality Manager jobs in Remote - 12 new", dt("2026-03-03 05:40"),
      """12 new jobs match your search

Quality Manager, Supplier Development - Kaliber Automotive Components - Remote - Easily apply
Head of Quality (Medical Devices) - Corvalis Surgical - Remote
Quality Lead - Cellaris - Remote, Europe

Not interested in these alerts? Unsubscribe: https://www.indeed.com/alert/unsubscribe""",
      fmt="html", hdr=bulk("<alerts.indeed.com>", "https://www.indeed.com/alert/unsubscribe")),
    m(K, "career_newsletter_rejection", "en", ("The Engineer's Career Brief", "hello@engineerscareerbrief.example.com"),
      "Why we got rejected (and what the hiring manager actually meant)", dt("2026-03-20 12:00"),
      """Hi there,

This week: we asked 40 hiring managers what "we've decided to move forward with other candidates" really means. Spoiler: it is rarely about your CV.

Also inside:
- The one question to ask at the end of every interview
- What to do when a recruiter ghosts you after a panel
- Offer negotiation for engineers moving into product

Read the full issue: https://engineerscareerbrief.example.com/p/issue-112

You're receiving this because you subscribed. Unsubscribe: https://engineerscareerbrief.example.com/unsubscribe""",
      fmt="html", hdr=bulk("The Engineer's Career Brief <brief.engineerscareerbrief.example.com>", "https://engineerscareerbrief.example.com/unsubscribe")),
    m(K, "podcast_interview_request", "en", ("Rachel Kim", "rachel@railtalk-podcast.example.com"),
      "Interview for RailTalk podcast?", dt("2026-04-13 15:25", "+0200"),
      """Hi Jonas,

I host RailTalk, a small podcast about people working in rail engineering. I saw your talk at the Rail Innovation Days in Vienna on bogie maintenance data and would love to interview you for an episode.

Recording is remote, about 40 minutes, and I'd send the questions in advance. Would sometime in May work?

Thanks!
Rachel Kim
Host, RailTalk""",
      ),
    m(K, "user_research_interview", "en", ("Mira from Trackwise", "research@trackwise.example.com"),
      "Quick 30-min interview about how you track your job applications? (€50 voucher)", dt("2026-04-24 09:30", "+0200"),
      """Hi Jonas,

I'm a UX researcher at Trackwise. We're talking to people who are actively job hunting to understand how they keep track of applications and interviews.

Would you be up for a 30-minute video interview next week? As a thank-you we'll send a €50 voucher. Pick a time here: https://calendly.com/trackwise-research/30min

Thanks,
Mira Okafor
User Research, Trackwise""",
      ct="research@trackwise.example.com"),
    m(K, "recruiter_cold_outreach_en", "en", ("Jake Thornton", "jake.thornton@apexengineeringtalent.example.co.uk"),
      "Exciting Rail opportunities!!!", dt("2026-05-19 10:10", "+0100"),
      """Hi Jonas!!

Hope you're having a great week!! I came across your profile and WOW - your rolling stock background is exactly what my clients across DACH are crying out for right now!!

I work exclusively in the Rail & Transport space and have loads of roles coming through in Project Management and Engineering. No specific role to share today, but I'd love to add you to my network so I can send things your way as they land!!

Feel free to connect on LinkedIn or just drop me your latest CV!!

Cheers,
Jake
Rail & Transport Specialist""",
      ),
    m(K, "netflix_membership", "en", ("Netflix", "info@mailer.netflix.com"),
      "Your payment method needs updating", dt("2026-06-01 03:20", "+0000"),
      """Hi Jonas,

We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

Update account: https://www.netflix.com/YourAccount

We're here to help if you need it.
- Your friends at Netflix""",
      fmt="html"),
    m(K, "spotify_premium", "en", ("Spotify", "no-reply@spotify.com"),
      "Your Premium Family plan: price update", dt("2026-07-10 14:00", "+0000"),
      """Hi Jonas,

We're updating the price of Premium Family in Austria. From your billing date in August, your plan will cost €21.99/month.

You can cancel anytime in your account page.

Spotify""",
      fmt="html"),
    m(K, "gps_position_update", "en", ("Garmin Connect", "noreply@garmin.example.com"),
      "Jonas shared their LiveTrack position", dt("2026-08-15 09:02", "+0200"),
      """Jonas Reitmayr-Lindqvist is sharing their live position with you.

Activity: Hiking - Schneeberg
Current position: 47.7672 N, 15.8072 E (updated 09:01)

Follow live: https://livetrack.garmin.example.com/session/6f1a

This LiveTrack session will end automatically when the activity is saved.""",
      to=("Jonas Reitmayr-Lindqvist", "jonas.rl@example.at")),
    m(K, "candidate_experience_survey", "en", ("Helvion Candidate Experience", "survey@qualtrics-survey.example.com"),
      "How was your interview experience with Helvion Industrial?", dt("2026-06-04 10:00", "+0200"),
      """Dear Jonas,

You recently took part in our recruitment process. We'd love to hear how it went - whether you were invited to interview, missed a step or received an offer, your feedback helps us improve.

The survey takes 3 minutes and is anonymous: https://helvion.qualtrics.example.com/jfe/form/SV_9x

Thank you!
Helvion Industrial Talent Acquisition""",
      ct="", fmt="html"),
    m(K, "mba_admission_decision", "en", ("Admissions Office, Alpine School of Management", "admissions@asm-business.example.ch"),
      "Your Executive MBA application - decision", dt("2026-06-18 16:00", "+0200"),
      """Dear Mr Reitmayr-Lindqvist,

Thank you for applying to the Part-time Executive MBA programme (intake October 2026). The Admissions Committee has carefully reviewed your application.

We regret to inform you that we are unable to offer you a place in this intake. Competition was exceptionally strong this year. You are welcome to reapply for the 2027 intake.

Yours sincerely,
Dr. Anna Kessel
Director of Admissions""",
      ct=""),
    m(K, "friend_missed_interview_en", "en", ("Liam O'Connell", "liam.oconnell@example.ie"),
      "you won't believe this", dt("2026-07-22 23:05", "+0100"),
      """Jonas,

Complete disaster today. Had my final round with that Dublin med-tech firm at 2, laptop decided to install updates at 1:55, and by the time Teams loaded they'd left the call. Recruiter emailed saying "we missed you today". Mortified.

Anyway - how did your Gothenburg thing go? Call me this weekend.

L.

Sent from my iPhone""",
      ),
    m(K, "ooo_recruiter_en", "en", ("Erik Lindström", "erik.lindstrom@vastkust-energy.example.se"),
      "Automatic reply: Re: Next steps with Västkust Energy", dt("2026-08-27 07:10", "+0200"),
      """Hi,

Thanks for your email. I'm on parental leave until 31 August with limited access to email. For urgent recruitment matters please contact talent@vastkust-energy.example.se.

Best regards,
Erik Lindström""",
      hdr={"Auto-Submitted": "auto-replied"}),
    m(K, "own_followup_sent_en", "en", ME, "Re: Update on your Hemiflow interview process", dt("2026-03-18 21:40", "+0100"),
      """Hi Noa,

Thank you for letting me know, and for the honest feedback - it's genuinely helpful. I'd be glad to stay in touch and would love to hear about future roles at Hemiflow.

Best regards,
Jonas""",
      to=("Noa Ben-David", "noa.bendavid@hemiflow.example.com"),
      q=("gmail", "Noa Ben-David <noa.bendavid@hemiflow.example.com>", "Wed, 18 Mar 2026 at 13:33",
         "Hi Jonas,\n\nI wanted to personally reach out after your panel on Monday. ... we've decided not to move forward to the final stage.\n\nNoa")),
    m(K, "press_interview_local_paper", "en", ("Hannah Weiss", "h.weiss@viennareview.example.com"),
      "Interview request - engineers switching careers", dt("2026-09-02 11:30", "+0200"),
      """Dear Jonas,

I'm a journalist with The Vienna Review, working on a feature about engineers moving from R&D into management roles. A mutual contact at the engineers' association suggested I speak with you.

Would you be willing to give a short interview by phone next week? I'd quote you by first name only if you prefer.

Kind regards,
Hannah Weiss
Staff Writer, The Vienna Review""",
      ),
    m(K, "webinar_panel_interview_course", "en", ("Interview Masterclass", "events@careerlift.example.com"),
      "Tomorrow: How to ace a panel interview (live webinar)", dt("2026-04-29 17:00", "+0200"),
      """Hi Jonas,

Just a reminder - our free live webinar "Ace your panel interview" starts tomorrow at 18:00 CET. We'll cover handling technical deep dives, answering "why are you leaving?", and following up after an interview.

Join here: https://careerlift.example.com/webinar/join/8841

See you there!
The CareerLift team""",
      fmt="html", hdr=bulk("CareerLift Events <events.careerlift.example.com>", "https://careerlift.example.com/unsubscribe")),
    # ---- French
    m(K, "wttj_alerte_fr", "fr", ("Welcome to the Jungle", "hello@welcometothejungle.com"),
      "Ta sélection de la semaine : 8 offres Product Manager", dt("2026-05-04 08:00", "+0200"),
      """Salut Jonas,

Voici les offres qui pourraient te plaire cette semaine :

Product Manager Hardware - Pilotis - Lyon - CDI
Chef de projet industrialisation - Aerolys - Toulouse - CDI
Ingénieur avant-vente - Teleferix - Grenoble - CDI

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs

Pour ne plus recevoir ces emails : https://www.welcometothejungle.com/fr/unsubscribe""",
      fmt="html", hdr=bulk("<alerts.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe")),
    m(K, "colis_retarde_fr", "fr", ("Colissimo", "noreply@notif-colissimo.example.fr"),
      "Votre colis est retardé", dt("2026-05-21 15:30", "+0200"),
      """Bonjour,

Malheureusement, votre colis n° 6A20344819203 a pris du retard en raison d'un incident d'acheminement. Il vous sera livré dans les meilleurs délais.

Nous vous prions de nous excuser pour la gêne occasionnée.

Colissimo""",
      fmt="latin1"),
    m(K, "ami_refus_fr", "fr", ("Camille Durand", "camille.durand@example.fr"),
      "bof bof", dt("2026-06-12 21:50", "+0200"),
      """Coucou Jonas,

Bon, j'ai eu la réponse d'Airbus ce matin : c'est non. « Nous avons retenu une autre candidature », trois entretiens pour ça... Je suis dégoûtée mais bon, on continue.

Et toi, ton entretien avec la boîte de Lyon, ça a donné quoi ? On s'appelle ce weekend ?

Bisous
Camille""",
      ),
    m(K, "apec_newsletter_fr", "fr", ("Apec - Conseils carrière", "newsletter@apec-conseils.example.fr"),
      "Entretien d'embauche : les 7 questions pièges", dt("2026-07-08 09:00", "+0200"),
      """Bonjour,

Ce mois-ci dans votre newsletter :
- Entretien d'embauche : les 7 questions pièges et comment y répondre
- Refus après un entretien : faut-il demander un retour ?
- Cadres : comment négocier votre salaire en 2026

Lire la newsletter : https://www.apec-conseils.example.fr/newsletter/juillet

Se désabonner : https://www.apec-conseils.example.fr/desabonnement""",
      fmt="html", hdr=bulk("<newsletter.apec-conseils.example.fr>", "https://www.apec-conseils.example.fr/desabonnement")),
    m(K, "alumni_insa_fr", "fr", ("Réseau Alumni INSA Lyon", "contact@alumni-insa.example.fr"),
      "Afterwork Alumni à Munich - jeudi 24 septembre", dt("2026-09-10 12:00", "+0200"),
      """Chers alumni,

Le groupe régional Allemagne du Sud vous invite à un afterwork le jeudi 24 septembre à partir de 19h au Augustiner Keller, Munich.

Inscription gratuite mais obligatoire : https://alumni-insa.example.fr/events/munich-0924

À bientôt !
Le bureau du groupe Allemagne du Sud""",
      fmt="alt", hdr=bulk("<allemagne-sud.alumni-insa.example.fr>", "https://alumni-insa.example.fr/desinscription")),
    # ---- Spanish
    m(K, "clase_espanol_cancelada", "es", ("Academia Cervantes Viena", "secretaria@academia-cervantes-wien.example.at"),
      "Clase del jueves cancelada", dt("2026-02-25 14:00"),
      """Hola Jonas,

Te escribimos para avisarte de que la clase de español B1 del jueves 26 de febrero queda cancelada porque la profesora está enferma. La recuperaremos el martes 3 de marzo a la misma hora (18:30).

Perdona las molestias.

Un saludo,
Secretaría
Academia Cervantes Viena""",
      ),
    m(K, "infojobs_alerta", "es", ("InfoJobs", "alertas@infojobs.example.net"),
      "Nuevas ofertas: Jefe de proyecto en Barcelona", dt("2026-04-16 07:00", "+0200"),
      """Hola Jonas,

Tenemos 6 nuevas ofertas que coinciden con tu alerta "Jefe de proyecto - Barcelona":

Jefe/a de Proyecto Energías Renovables - Voltaris Energía - Barcelona
Project Manager Industrial - Hidrobarna - Sabadell
Responsable de Calidad - Talleres Llobregat - Cornellà

Ver ofertas: https://www.infojobs.example.net/ofertas

Darse de baja: https://www.infojobs.example.net/baja""",
      fmt="html", hdr=bulk("<alertas.infojobs.example.net>", "https://www.infojobs.example.net/baja")),
    m(K, "banco_solicitud_tarjeta", "es", ("Banco Mediterráneo Digital", "no-reply@bmdigital.example.es"),
      "Hemos recibido tu solicitud de tarjeta", dt("2026-05-27 10:20", "+0200"),
      """Hola Jonas,

Hemos recibido correctamente tu solicitud de la Tarjeta Oro. Nuestro equipo la revisará y te informaremos del resultado en un plazo de 48 horas.

Gracias por confiar en nosotros.
Banco Mediterráneo Digital""",
      fmt="html"),
    m(K, "pedido_retrasado_es", "es", ("Amazon.es", "confirmar-envio@amazon.example.es"),
      "Tu pedido se ha retrasado", dt("2026-06-09 19:00", "+0200"),
      """Hola Jonas,

Lamentablemente, tu pedido #402-5588123-7712 ("Mochila de viaje 40L") se ha retrasado. La nueva fecha de entrega estimada es el viernes 12 de junio.

Sentimos las molestias.
Amazon.es""",
      ct="", fmt="html"),
    m(K, "amigo_entrevista_es", "es", ("Javier Moreno", "javi.moreno@example.es"),
      "qué tal?", dt("2026-07-14 22:40", "+0200"),
      """Ey Jonas!

Te cuento, hoy tuve la entrevista con la consultora de Bilbao y creo que fue fatal jaja, me preguntaron de todo sobre normativa ferroviaria y me quedé en blanco. Ya me dirán, pero no tengo muchas esperanzas.

¿Sigue en pie lo de vernos en Barcelona en agosto?

Abrazo,
Javi""",
      ),
    m(K, "reclutador_contacto_frio_es", "es", ("Alejandra Ruiz", "aruiz@ruiz-asociados.example.es"),
      "Perfil interesante", dt("2026-08-03 12:12", "+0200"),
      """Hola Jonas,

He visto tu perfil en LinkedIn y me ha parecido muy interesante tu trayectoria en el sector ferroviario e industrial. Trabajo con varias empresas de ingeniería en el norte de España.

Ahora mismo no tengo ninguna posición abierta que encaje al cien por cien, pero me gustaría tener tu CV actualizado por si surge algo en los próximos meses.

Un saludo,
Alejandra Ruiz
Ruiz & Asociados""",
      ),
    m(K, "admision_master_es", "es", ("Secretaría de Posgrado - Universidad Politécnica de Cataluña Norte", "posgrado@upcn.example.es"),
      "Resolución de admisión - Máster en Dirección de Proyectos", dt("2026-07-24 09:00", "+0200"),
      """Estimado/a Jonas Reitmayr-Lindqvist:

Nos complace comunicarle que ha sido ADMITIDO/A en el Máster Universitario en Dirección de Proyectos (modalidad semipresencial), curso 2026-2027.

Para formalizar la matrícula deberá realizar el pago de la reserva de plaza antes del 15 de agosto.

Atentamente,
Secretaría de Posgrado""",
      ct="", fmt="cp1252"),
    m(K, "piso_rechazado_es", "es", ("Inmobiliaria Eixample Llar", "alquileres@eixamplellar.example.es"),
      "Piso c/ Provença 212 - respuesta", dt("2026-08-20 13:15", "+0200"),
      """Hola Jonas,

Gracias por enviar la documentación para el piso de la calle Provença. Lamentablemente el propietario ha elegido a otro inquilino, por lo que no podemos seguir adelante con tu solicitud.

Si quieres, te avisamos cuando tengamos pisos similares.

Saludos,
Núria
Inmobiliaria Eixample Llar""",
      ),
]
