"""Ninetieth corpus: everything in the inbox that is not a step of an application ("other"),
written by hand: alerts, newsletters, other meanings of the words, the candidate's own mail,
auto-replies and the household mail of a normal life.

Data only; imports msgs90_base.
"""

from msgs90_base import CANDIDATE, E

ME = "friederike.as@example.de"


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    """The headers a mailing list or bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>, <mailto:unsubscribe@example.net>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


OTHERS_DE = [
    E("other", "stepstone_jobagent", "de",
      "StepStone Job-Agent <jobagent@mail.stepstone.example.de>",
      "12 neue Jobs für \"People Analytics\" in Hamburg",
      """Hallo Friederike,

hier sind deine neuesten Jobs für "People Analytics" in Hamburg + 30 km:

People Analytics Consultant (m/w/d) - Hanseatische Kreditbank - Hamburg
HR Data Analyst (w/m/d) - Otterbek Versand - Hamburg-Bahrenfeld
Referent Personalcontrolling (m/w/d) - Universitätsklinikum Nord - Hamburg
Manager Workforce Planning (all genders) - Lundqvist Shipping - Hamburg

Alle 12 Jobs ansehen

Du erhältst diese E-Mail, weil du einen Job-Agenten angelegt hast. Job-Agent bearbeiten | Abmelden
""", fmt="html", headers=bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/ja/unsub?t=8812")),
    E("other", "xing_jobs_fuer_sie", "de",
      "XING <mailrobot@mail.xing.example.com>",
      "Friederike, diese Jobs könnten Sie interessieren",
      """Hallo Friederike Adeyemi-Sommer,

basierend auf Ihrem Profil haben wir neue Stellenangebote für Sie gefunden:

- Leitung Organisationsentwicklung (m/w/d) | Vereinigte Hagelversicherung | Köln
- HR Business Partner (w/m/d) | Fahrradmanufaktur Sattelfest | Leipzig
- Change Manager SAP S/4 (m/w/d) | Beratungshaus Kappler | remote

Außerdem: 3 Recruiter:innen haben Ihr Profil diese Woche besucht.

Ihr XING Team
Benachrichtigungseinstellungen ändern
""", fmt="alt", headers=bulk("<jobs.xing.example.com>", "https://www.xing.example.com/settings/notifications")),
    E("other", "karriere_at_jobagent", "de",
      "karriere.at Jobagent <jobagent@karriere.example.at>",
      "Jobagent: 5 neue Jobs - HR Generalist Wien",
      """Servus!

Dein Jobagent hat 5 neue Jobs gefunden:

HR Generalist:in (Teilzeit 30h) - Brauerei Stiegenhaus - Wien 1160
Personalentwickler:in - Österreichische Baustoff Union - Wien 1030
HR Business Partner:in - Verlagsgruppe Donauland - Wien 1070

Mit der Anwendung "Mehr Jobs" findest du noch weitere passende Angebote. Jobagent pausieren | löschen
""", fmt="html", headers=bulk("<jobagent.karriere.example.at>", "https://www.karriere.example.at/jobagent/off")),
    E("other", "indeed_de_alert", "de",
      "Indeed <alert@indeed.example.com>",
      "Personalreferentin Leipzig: neue Jobs",
      """Neue Jobs für "Personalreferentin" in Leipzig

Personalreferent (m/w/d) - Städtisches Klinikum Leipzig-Süd - Leipzig
Schnell bewerben - vor 2 Tagen

Referent Personal & Organisation (m/w/d) - Mitteldeutsche Verkehrsbetriebe - Leipzig
vor 3 Tagen

Diese Job-Alerts abbestellen
""", fmt="html", cte="base64", headers=bulk("<alerts.indeed.example.com>", "https://de.indeed.example.com/unsub?id=33")),
    E("other", "hr_newsletter_absagen", "de",
      "Personalwissen Kompakt <newsletter@personalwissen.example.de>",
      "Newsletter 14/2026: Absagen richtig formulieren & No-Shows im Vorstellungsgespräch",
      """Personalwissen Kompakt - Ausgabe 14/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Absageschreiben rechtssicher formulieren: Warum "leider müssen wir Ihnen mitteilen" noch keine AGG-Klage auslöst - und welche Formulierungen Sie vermeiden sollten.
2. Wenn Kandidat:innen nicht zum Vorstellungsgespräch erscheinen: Zahlen aus 400 Unternehmen und was gegen No-Shows hilft.
3. Interview mit Dr. Ilka Brandes über Eingangsbestätigungen, die wirklich etwas sagen.

Jetzt weiterlesen

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden | Impressum
""", fmt="alt", headers=bulk("Personalwissen Kompakt <kompakt.personalwissen.example.de>", "https://personalwissen.example.de/nl/abmelden?u=91")),
    E("other", "kununu_newsletter", "de",
      "kununu <news@kununu.example.com>",
      "Wie fair laufen Bewerbungsprozesse wirklich?",
      """Hallo Friederike,

über 30.000 Bewerber:innen haben uns im letzten Quartal von ihren Vorstellungsgesprächen erzählt. Das Ergebnis: jede dritte Absage kommt gar nicht erst an - Ghosting bleibt das größte Ärgernis.

Lies jetzt den kununu Bewerbungsreport 2026 und teile deine eigene Erfahrung.

Dein kununu Team
Du möchtest keine Newsletter mehr erhalten? Hier abmelden.
""", fmt="html", headers=bulk("<newsletter.kununu.example.com>", "https://news.kununu.example.com/u?x=7")),
    E("other", "freundin_eigene_absage", "de",
      "Merle Jacobsen <merle.jacobsen@example.net>",
      "Boah, Absage...",
      """Hey Frieda,

kurzes Update von mir: die Absage von der Reederei kam heute. "Wir haben uns für eine andere Kandidatin entschieden, deren Profil besser passt" - nach DREI Runden und einer Fallstudie! Ich bin echt bedient.

Hast du Freitag Lust auf Wein und gemeinsames Jammern? Wie läuft's eigentlich bei dir mit der Sparkasse?

Drück dich
Merle
""", contact="merle.jacobsen@example.net"),
    E("other", "dhl_verzoegert", "de",
      "DHL Paket <noreply@dhl.example.de>",
      "Ihre Sendung verzögert sich",
      """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890 von Buchhandlung Seitenwind. Wir bitten um Entschuldigung.

Neuer voraussichtlicher Zustelltag: Donnerstag, 19.03.2026

Sendung verfolgen: https://www.dhl.example.de/sendungsverfolgung

Ihr DHL Team
""", fmt="html"),
    E("other", "sparkasse_kreditkarte_antrag", "de",
      "Sparkasse Leipzig Nord <service@sparkasse-leipzignord.example.de>",
      "Ihr Antrag auf eine Mastercard Gold ist eingegangen",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihren Antrag auf eine Mastercard Gold. Wir haben Ihre Unterlagen erhalten und prüfen Ihren Antrag derzeit. Leider können wir Ihnen noch keine Rückmeldung zum Ergebnis geben - Sie erhalten die Karte bei positiver Entscheidung innerhalb von 10 Werktagen per Post.

Mit freundlichen Grüßen
Ihre Sparkasse Leipzig Nord

Dies ist eine automatisch versendete Nachricht.
""", fmt="alt"),
    E("other", "wohnung_absage", "de",
      "Gisela Hartkopf <g.hartkopf@hausverwaltung-hartkopf.example.de>",
      "Ihre Bewerbung um die Wohnung Brunnenstraße 17",
      """Sehr geehrte Frau Adeyemi-Sommer,

vielen Dank für Ihre Bewerbung um die 2-Zimmer-Wohnung in der Brunnenstraße 17, 3. OG links. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Gisela Hartkopf
Hausverwaltung Hartkopf
""", contact="g.hartkopf@hausverwaltung-hartkopf.example.de", charset="iso-8859-1"),
    E("other", "elster_bescheid", "de",
      "ELSTER <noreply@elster.example.de>",
      "Neue Nachricht in Ihrem ELSTER-Postfach",
      """Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach bei Mein ELSTER liegt eine neue Nachricht für Sie bereit: Bescheid für 2025 über Einkommensteuer (Finanzamt Leipzig II).

Bitte melden Sie sich an, um die Nachricht abzurufen.

Ihr ELSTER-Team
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
"""),
    E("other", "bahn_verspaetung", "de",
      "Deutsche Bahn <noreply@bahn.example.de>",
      "Ihre Reise am 12.02.: Verspätung ICE 1003",
      """Guten Tag Frau Adeyemi-Sommer,

Ihr ICE 1003 nach München Hbf hat derzeit ca. 35 Minuten Verspätung. Ihr Anschluss in Erfurt Hbf kann voraussichtlich nicht erreicht werden. Bitte informieren Sie sich im DB Navigator über Alternativen.

Wir bitten um Entschuldigung.
Ihre Deutsche Bahn
""", fmt="html"),
    E("other", "vattenfall_abschlag", "de",
      "Vattenfall Kundenservice <kundenservice@vattenfall.example.de>",
      "Ihre Jahresabrechnung Strom 2025",
      """Sehr geehrte Frau Adeyemi-Sommer,

Ihre Jahresabrechnung für Strom (Vertragskonto 8012345678) steht in Ihrem Kundenportal bereit. Ihr neuer monatlicher Abschlag beträgt ab März 64,00 €.

Freundliche Grüße
Ihr Vattenfall Kundenservice
""", fmt="alt", charset="windows-1252"),
    E("other", "rundfunkbeitrag", "de",
      "ARD ZDF Deutschlandradio Beitragsservice <info@beitragsservice.example.de>",
      "Zahlungserinnerung Rundfunkbeitrag",
      """Sehr geehrte Frau Adeyemi-Sommer,

für Ihr Beitragskonto 123 456 789 ist der Rundfunkbeitrag für das Quartal Januar bis März 2026 in Höhe von 55,08 Euro noch offen. Bitte überweisen Sie den Betrag innerhalb der nächsten zwei Wochen.

Mit freundlichen Grüßen
Beitragsservice
""", charset="iso-8859-1", cte="quoted-printable"),
    E("other", "eigene_bewerbung_gesendet", "de",
      CANDIDATE, "Bewerbung als Referentin Personalentwicklung - Kennziffer 2026-117",
      """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Organisationsentwicklerin (Kennziffer 2026-117). Als HR Business Partnerin mit Schwerpunkt Learning & Development habe ich in den letzten sechs Jahren Veränderungsprozesse in zwei Konzernen begleitet.

Über eine Einladung zu einem Vorstellungsgespräch freue ich mich sehr.

Mit freundlichen Grüßen
Friederike Adeyemi-Sommer
0176 5555 4321
""", to="Personalmanagement <personal@klinikum-elbufer.example.de>"),
    E("other", "abwesenheitsnotiz_recruiterin", "de",
      "Yvonne Reuter <yvonne.reuter@reuter-consult.example.de>",
      "Automatische Antwort: Bewerbung Organisationsentwicklung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.04. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an office@reuter-consult.example.de.

Viele Grüße
Yvonne Reuter
""", contact="yvonne.reuter@reuter-consult.example.de",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    E("other", "daily_standup_einladung", "de",
      "Tobias Engelhardt <tobias.engelhardt@vireo-versand.example.de>",
      "Einladung: Daily HR-Ops Standup @ werktags 09:15 - 09:30",
      """Moin zusammen,

ab nächster Woche machen wir unser Daily wieder um 9:15, diesmal im Teams-Kanal HR-Ops. Bitte kurz zusagen.

Danke & Gruß
Tobias
""", to=CANDIDATE + "; Lea Brandt <lea.brandt@vireo-versand.example.de>",
      contact="tobias.engelhardt@vireo-versand.example.de", fmt="ics",
      ics={"start": "2026-02-02T08:15", "minutes": 15, "summary": "Daily HR-Ops Standup",
           "organizer": "tobias.engelhardt@vireo-versand.example.de", "cn": "Tobias Engelhardt"}),
    E("other", "recruiter_kaltakquise_xing", "de",
      "Dennis Klapproth <dennis.klapproth@talentbruecke.example.de>",
      "Ihr Profil",
      """Hallo Frau Adeyemi-Sommer,

ich bin über XING auf Ihr spannendes Profil gestoßen! Als spezialisierte Personalberatung besetzen wir laufend Positionen im HR-Umfeld bei namhaften Kunden in ganz Deutschland.

Gerne würde ich Sie in unseren Kandidatenpool aufnehmen und Ihnen künftig passende Vakanzen vorstellen. Falls Interesse besteht, senden Sie mir einfach Ihren aktuellen Lebenslauf.

Beste Grüße
Dennis Klapproth
Talentbrücke
""", contact="dennis.klapproth@talentbruecke.example.de"),
    E("other", "podcast_gast_anfrage", "de",
      "Ina Wohlfahrt <ina@zukunftderarbeit-podcast.example.de>",
      "Interview für unseren Podcast?",
      """Liebe Friederike,

ich habe deinen Vortrag beim HR Barcamp Leipzig gesehen und fand ihn großartig! Hättest du Lust, bei uns im Podcast "Zukunft der Arbeit" Gast zu sein? Das Interview würden wir remote aufnehmen, ca. 45 Minuten, Thema: People Analytics im Mittelstand.

Hättest du im April Zeit für die Aufnahme?

Liebe Grüße
Ina
""", contact="ina@zukunftderarbeit-podcast.example.de"),
    E("other", "vhs_spanischkurs", "de",
      "Volkshochschule Leipzig <anmeldung@vhs-leipzig.example.de>",
      "Anmeldebestätigung Spanisch A2 - Kurs 26F2204",
      """Sehr geehrte Frau Adeyemi-Sommer,

hiermit bestätigen wir Ihre Anmeldung zum Kurs "Spanisch A2 - Konversation" (26F2204), dienstags 18:00-19:30 Uhr, ab 03.03.2026. Die Kursgebühr von 96,00 EUR wird per Lastschrift eingezogen.

Mit freundlichen Grüßen
Ihre Volkshochschule Leipzig
""", fmt="alt"),
    E("other", "fitnessstudio_kuendigung", "de",
      "FitWerk Studios <service@fitwerk.example.de>",
      "Bestätigung deiner Kündigung",
      """Hi Friederike,

schade, dass du gehst! Hiermit bestätigen wir die Kündigung deiner Mitgliedschaft (Nr. 558812) zum 30.06.2026. Bis dahin kannst du natürlich weiter trainieren.

Sportliche Grüße
Dein FitWerk Team
""", fmt="html"),
    E("other", "telekom_rechnung", "de",
      "Telekom <rechnung@telekom.example.de>",
      "Ihre Rechnung für März 2026",
      """Guten Tag Frau Adeyemi-Sommer,

Ihre aktuelle Rechnung für den Mobilfunkvertrag ist online verfügbar. Rechnungsbetrag: 39,95 €. Der Betrag wird am 15.03.2026 von Ihrem Konto abgebucht.

Freundliche Grüße
Ihre Telekom
""", fmt="html", cte="quoted-printable"),
    E("other", "uni_master_ablehnung", "de",
      "Studierendensekretariat Universität Elbtal <no-reply@studium.uni-elbtal.example.de>",
      "Ablehnungsbescheid - Master Wirtschaftspsychologie",
      """Sehr geehrte Frau Adeyemi-Sommer,

für Ihre Bewerbung um einen Studienplatz im Masterstudiengang Wirtschaftspsychologie (berufsbegleitend) zum Wintersemester 2026/27 steht in Ihrem Bewerbungsportal ein Bescheid bereit. Leider konnten wir Ihnen keinen Studienplatz zuweisen, da die Zahl der Bewerbungen die verfügbaren Plätze übersteigt.

Mit freundlichen Grüßen
Studierendensekretariat
"""),
    E("other", "haftpflicht_beitrag", "de",
      "HanseSchutz Versicherung <kundenservice@hanseschutz.example.de>",
      "Ihre Privathaftpflicht: Beitragsanpassung",
      """Sehr geehrte Frau Adeyemi-Sommer,

zum 01.04.2026 passen wir den Beitrag Ihrer Privathaftpflichtversicherung (Vertrag PH-4418832) an. Ihr neuer Jahresbeitrag beträgt 71,40 Euro. Details finden Sie im Kundenportal.

Freundliche Grüße
HanseSchutz Versicherung
""", fmt="alt"),
]

OTHERS_EN = [
    E("other", "linkedin_job_alert", "en",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "\"people analytics\": 9 new jobs in Berlin",
      """Your job alert for people analytics in Berlin, Germany

People Analytics Lead - Zalmora - Berlin (Hybrid) - Actively recruiting
Senior HR Data Analyst - Orbitfin - Berlin - 2 connections work here
People Insights Manager - Kettle & Co - Remote - Easy Apply

See all jobs

You are receiving Job Alert emails. Unsubscribe · Help
""", fmt="html", headers=bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/e/unsub?m=jobs")),
    E("other", "glassdoor_newsletter_rejection", "en",
      "Glassdoor Community <community@glassdoor.example.com>",
      "Rejected after the final round? Here's what to do next",
      """This week on Glassdoor

Rejected after the final round? Recruiters share the exact follow-up email that gets you feedback - and why you shouldn't burn the bridge.

Missed an interview? How to apologise (and when to ask for a second chance).

Plus: 5 companies hiring HR pros right now.

Read more on Glassdoor

Unsubscribe from these emails · Privacy
""", fmt="alt", headers=bulk("<community.glassdoor.example.com>", "https://www.glassdoor.example.com/unsub?e=4")),
    E("other", "linkedin_inmail_cold", "en",
      "Ravi Shankar via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Exciting People Analytics opportunities",
      """Hi Friederike,

I came across your profile and was impressed by your L&D background. I'm a recruiter at Meridian Staffing Partners and we work with several fast-growing companies across Europe that are building out their People Analytics functions.

I'd love to connect and keep you in mind for relevant opportunities as they come up.

Best,
Ravi

Reply to Ravi · View profile
""", reply_to="Ravi Shankar <ravi.shankar@meridian-staffing.example.com>",
      contact="ravi.shankar@meridian-staffing.example.com", fmt="html"),
    E("other", "user_research_interview", "en",
      "Nadia Okafor <nadia.okafor@peoplegrid.example.com>",
      "Would you join a 30-min research interview? (€50 voucher)",
      """Hi Friederike,

I'm a UX researcher at PeopleGrid. As a long-time user of our engagement survey tool, would you be up for a 30-minute interview about how you build reports for your leadership team? As a thank-you we'll send a €50 voucher.

Pick a slot here if you're interested: https://calendly.com/peoplegrid-research/30

Thanks!
Nadia
""", contact="nadia.okafor@peoplegrid.example.com"),
    E("other", "press_interview_request", "en",
      "Julia Barnes <julia.barnes@workplacewire.example.com>",
      "Interview request - DEI in German Mittelstand",
      """Hi Friederike,

I'm a journalist with Workplace Wire writing a feature on how German family-owned firms approach DEI. A colleague mentioned your talk in Cologne. Would you be open to a 20-minute phone interview this week? Quotes would be attributed with your title unless you'd prefer otherwise.

Many thanks,
Julia Barnes
Senior Reporter, Workplace Wire
""", contact="julia.barnes@workplacewire.example.com"),
    E("other", "amazon_order_delayed", "en",
      "Amazon.de <shipment-tracking@amazon.example.de>",
      "Unfortunately your order is delayed",
      """Hello Friederike,

Unfortunately your order #302-5551234-7788990 is delayed. We're sorry for the inconvenience. New estimated delivery: Monday, 23 February.

Your order: "Nudge: The Final Edition" (paperback)

We'll let you know when it ships.
Amazon.de
""", fmt="html"),
    E("other", "gps_position_shared", "en",
      "Garmin Connect <noreply@garmin.example.com>",
      "Friederike, your LiveTrack position was shared",
      """Your LiveTrack session has started.

Your current position is being shared with 2 contacts. Last position: Elbe cycle path near Dessau, updated 10:42. Activity: Cycling.

Stop sharing at any time in the Garmin Connect app.
""", fmt="alt"),
    E("other", "eurowings_flight_change", "en",
      "Eurowings <service@info.eurowings.example.com>",
      "Schedule change for your booking QX7RTA",
      """Dear Ms Adeyemi-Sommer,

Unfortunately the departure time of your flight EW 8041 Hamburg - London Heathrow on 14 May has changed from 07:10 to 09:25. We apologise for any inconvenience. You can accept the new time or rebook free of charge in My Bookings.

Your Eurowings Team
""", fmt="html"),
    E("other", "spotify_wrapped_style", "en",
      "Spotify <no-reply@spotify.example.com>",
      "Your spring mix is ready",
      """Hi Friederike,

We made you a playlist for spring: 40 tracks picked for you, including new music from artists you love.

Listen now

Spotify AB, Regeringsgatan 19, Stockholm. Unsubscribe
""", fmt="html", headers=bulk("<marketing.spotify.example.com>", "https://www.spotify.example.com/unsub")),
    E("other", "ooo_recruiter_en", "en",
      "Sophie Marsh <sophie.marsh@greyfriars-search.example.co.uk>",
      "Automatic reply: CV - Friederike Adeyemi-Sommer",
      """Thanks for your email. I'm on annual leave until Monday 6 April with limited access to email. For anything urgent please contact my colleague Ben on +44 20 7946 0999.

Sophie
""", contact="sophie.marsh@greyfriars-search.example.co.uk",
      headers={"Auto-Submitted": "auto-replied"}),
    E("other", "alumni_newsletter", "en",
      "Lindqvist School of Management Alumni <alumni@lsm.example.edu>",
      "Alumni Digest: Spring reunion, career webinar on job-search setbacks",
      """Dear alumni,

- Spring Reunion in Berlin, 9 May - register now
- Career webinar: "Rejected, ghosted, or on hold? Navigating the 2026 job market" with coach Amrit Sandhu
- Class notes: congratulations to everyone who landed new roles this term!

The Alumni Relations Office

You are receiving this because you are a member of the alumni network. Manage preferences.
""", fmt="alt", headers=bulk("LSM Alumni <alumni-digest.lsm.example.edu>", "https://alumni.lsm.example.edu/prefs")),
    E("other", "credit_card_application_received", "en",
      "Northstar Card Services <applications@northstarcard.example.com>",
      "We've received your application",
      """Dear Friederike Adeyemi-Sommer,

Thank you for applying for the Northstar Travel Rewards Card. We have received your application and will review it within 7-10 business days. We may contact you if we need further documents.

Northstar Card Services
Please do not reply to this email.
""", fmt="html"),
    E("other", "own_thank_you_sent", "en",
      CANDIDATE, "Thank you - HR Business Partner, Markets",
      """Dear Priya,

Thank you for taking the time to speak with me today about the HR Business Partner role. I really enjoyed hearing about how the Markets division is planning its workforce for the next three years, and I'm even more excited about the opportunity.

Please don't hesitate to reach out if you need anything further from me.

Kind regards,
Friederike Adeyemi-Sommer
""", to="Priya Raman <priya.raman@halden-bank.example.com>"),
    E("other", "candidate_survey", "en",
      "Corvid Payments <surveys@candidate-experience.example.com>",
      "How was your interview experience?",
      """Hi Friederike,

You recently interviewed with Corvid Payments. We'd love to hear about your experience - it takes 2 minutes and is completely anonymous.

Rate your experience: 1 2 3 4 5

Thank you for helping us improve!
""", fmt="html"),
    E("other", "friend_forwards_posting", "en",
      "Amelia Chen <amelia.chen@example.org>",
      "Fwd: We're hiring: Head of L&D",
      """Saw this and immediately thought of you!! No pressure, but the team is lovely - I worked with their COO years ago. Happy to intro if you want.

A x
""", contact="amelia.chen@example.org",
      quote=("fwd", "Quillon Health Careers <careers@quillon.example.com>",
             "We're hiring: Head of Learning & Development (Berlin or Remote)\n\nJoin Quillon Health and build our learning function from the ground up. Apply by 30 April.")),
]

OTHERS_FR = [
    E("other", "wttj_newsletter_fr", "fr",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Refus après entretien : comment rebondir ?",
      """Bonjour Friederike,

Cette semaine dans le Lab : comment rebondir après un refus suite à un entretien, les 7 questions à poser en entretien final, et 20 entreprises qui recrutent des profils RH à Paris.

Lire les articles

Vous recevez cet e-mail car vous êtes inscrite à notre newsletter. Se désinscrire
""", fmt="html", headers=bulk("<newsletter.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsubscribe")),
    E("other", "cadremploi_alerte", "fr",
      "Alerte Emploi <alertes@emploi-cadres.example.fr>",
      "5 nouvelles offres : Responsable formation - Paris",
      """Vos nouvelles offres correspondant à « Responsable formation » à Paris :

Responsable Formation et Développement des Compétences H/F - Groupe Vernay - Paris 8e
Chargé(e) de développement RH - Hôpital Saint-Lazare - Paris 10e
Learning Partner H/F - Néoxa - La Défense

Voir toutes les offres | Modifier mon alerte | Se désabonner
""", fmt="html", charset="iso-8859-1", headers=bulk("<alertes.emploi-cadres.example.fr>", "https://www.emploi-cadres.example.fr/desabonnement")),
    E("other", "fr_podcast_entretien", "fr",
      "Mathilde Garnier <mathilde@podcast-rhumains.example.fr>",
      "Entretien pour le podcast RH'umains",
      """Bonjour Friederike,

J'anime le podcast RH'umains et j'aimerais beaucoup vous recevoir pour un entretien d'une trentaine de minutes sur la conduite du changement dans les entreprises franco-allemandes. L'enregistrement se ferait à distance, à la date de votre choix en mai.

Au plaisir de vous lire,
Mathilde Garnier
""", contact="mathilde@podcast-rhumains.example.fr"),
    E("other", "fr_colis_retard", "fr",
      "Colissimo <ne-pas-repondre@colissimo.example.fr>",
      "Votre colis a du retard",
      """Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard. Nous mettons tout en œuvre pour vous le livrer au plus vite. Nouvelle date estimée : vendredi 6 mars.

Suivre mon colis

Colissimo
""", fmt="html"),
    E("other", "fr_demande_credit", "fr",
      "Banque Rivière <service-client@banque-riviere.example.fr>",
      "Votre demande de prêt personnel a bien été reçue",
      """Madame,

Nous accusons réception de votre demande de prêt personnel n° 2026-44781 et vous en remercions. Un conseiller étudiera votre dossier dans un délai de 5 jours ouvrés.

Cordialement,
Banque Rivière
Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="alt", charset="iso-8859-1", cte="quoted-printable"),
]

OTHERS_ES = [
    E("other", "es_alerta_empleo", "es",
      "Alertas de empleo <alertas@empleo-portal.example.es>",
      "Nuevas ofertas: HR Business Partner en Madrid",
      """Hola Friederike,

Tenemos 6 nuevas ofertas que encajan con tu alerta "HR Business Partner" en Madrid:

HR Business Partner - Grupo Tagus - Madrid
Técnico/a de Desarrollo Organizacional - Aseguradora Mirador - Madrid
People Partner - Bicicletas Ruta - Remoto

Ver todas las ofertas | Darse de baja
""", fmt="html", headers=bulk("<alertas.empleo-portal.example.es>", "https://www.empleo-portal.example.es/baja")),
    E("other", "es_newsletter_rechazo", "es",
      "Blog Talento Hoy <boletin@talentohoy.example.es>",
      "Cómo superar el rechazo tras una entrevista de trabajo",
      """Boletín semanal de Talento Hoy

- Cómo superar el rechazo tras una entrevista de trabajo (y pedir feedback útil)
- Qué hacer si no puedes asistir a una entrevista: plantilla de correo
- Ofertas destacadas de la semana

Leer más en el blog

Recibes este boletín porque te suscribiste. Cancelar suscripción
""", fmt="alt", headers=bulk("<boletin.talentohoy.example.es>", "https://talentohoy.example.es/baja")),
    E("other", "es_piso_rechazado", "es",
      "Rocío Navarro <rocio.navarro@inmobiliaria-lavapies.example.es>",
      "Piso calle Argumosa",
      """Hola Friederike,

Te escribo para comentarte que el propietario del piso de la calle Argumosa ha elegido finalmente a otro inquilino. Siento no tener mejores noticias; si quieres, te aviso cuando tengamos algo parecido en la zona.

Un saludo,
Rocío Navarro
Inmobiliaria Lavapiés
""", contact="rocio.navarro@inmobiliaria-lavapies.example.es"),
    E("other", "es_clase_prueba", "es",
      "Academia Sol y Letras <info@solyletras.example.es>",
      "Confirmación de tu clase de prueba",
      """¡Hola Friederike!

Te confirmamos tu clase de prueba de español (nivel B1, online) el jueves 12 de febrero a las 19:00. Recibirás el enlace una hora antes.

¡Hasta pronto!
Equipo Sol y Letras
""", fmt="html"),
    E("other", "es_amiga_rechazo", "es",
      "Paula Ortega <paula.ortega@example.com>",
      "qué semana...",
      """Hola guapa,

Al final me dijeron que no en lo de la consultora: "hemos decidido continuar con otros candidatos". Después de tres entrevistas y una prueba técnica! Estoy fatal jaja. ¿Hablamos el domingo por videollamada?

Besos,
Paula
""", contact="paula.ortega@example.com"),
    E("other", "es_admision_master", "es",
      "Universidad de Castilla Norte - Admisiones <no-reply@ucn.example.es>",
      "Resolución de admisión - Máster en Dirección de Personas",
      """Estimada Friederike Adeyemi-Sommer:

Nos complace comunicarle que ha sido admitida en el Máster Universitario en Dirección de Personas (modalidad online) para el curso 2026/27. Para formalizar la matrícula debe abonar la reserva de plaza antes del 15 de julio.

Oficina de Admisiones
""", charset="iso-8859-1"),
]

MESSAGES = OTHERS_DE + OTHERS_EN + OTHERS_FR + OTHERS_ES
