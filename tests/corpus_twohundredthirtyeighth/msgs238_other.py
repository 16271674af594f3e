"""Corpus 238, kind `other`: 52 hand-written messages (de 26, en 11, fr 7, es 8).

Job-alert digests and newsletters that talk about rejections and interviews, career advice,
press / podcast / user-research interview requests, parcel and position notices, a friend's own
rejection, Greta's own sent mail (always `other`), cold approaches without an event, bank,
landlord, school, doctor and club mail that uses the same words in another sense, auto-replies,
network notifications and refused study places."""

from __future__ import annotations

import msgs238_acks
from msgs238_common import (
    AUTO,
    AUTO_REPLY,
    BULK,
    CANDIDATE,
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ats_card,
    digest_text,
    forwarded,
    html_page,
    list_headers,
    newsletter_html,
    paras,
    quote,
    reply_quote,
)
from msgs238_threads import (
    BERGWERK_THANKS,
    BRETTL_CONFIRM,
    BRETTL_INVITE,
    HUETTENKRAM_APPLICATION,
    LANTERNA_THANKS,
    PIRINEU_THANKS,
    RHONE_RESCHEDULE,
)

G = CANDIDATE_NAME
X = "other"
ME = CANDIDATE


def _spec(spec_id: str) -> dict:
    return next(s for s in msgs238_acks.MESSAGES if s["id"] == spec_id)


# =============================================================================================
# de
# =============================================================================================

_kistl_sorry = """Sehr geehrter Herr Kistl,

es tut mir wirklich leid - ich stand heute Vormittag im Verleih, weil zwei Kollegen krank
ausgefallen sind, und mein Diensthandy lag im Büro. Das war keine Absicht.

Falls Sie mir noch eine Chance geben möchten: Ich könnte am Dienstag, 10. Februar, ganztägig
telefonieren, oder gerne auch am Mittwoch ab 14 Uhr. Sie erreichen mich unter +43 660 418 27 53.

Mit freundlichen Grüßen
Greta Oyelowo-Brandstätter

""" + reply_quote("de", "2026-02-05 10:24", "Bernhard Kistl", "b.kistl@kistl-logistik.example.at",
                  """Sehr geehrte Frau Oyelowo-Brandstätter,

wir hatten heute um 10:00 Uhr unser Telefonat vereinbart. Ich habe Sie um 10:00 und um 10:10 Uhr
unter +43 660 418 27 53 angerufen, Sie aber leider nicht erreicht; eine Mailbox war nicht
eingerichtet.""")

_warenwelt_decline = """Liebe Frau Demir,

vielen Dank für das großzügige Angebot und die schöne Zeit bei Ihnen in Wien. Ich habe mir die
Entscheidung sehr schwer gemacht und auch noch einmal mit meiner Familie gesprochen.

Am Ende habe ich mich dagegen entschieden: Ein Umzug nach Wien ist für uns gerade nicht
machbar, und ich möchte im Westen Österreichs bleiben. Ich muss das Angebot daher leider
ablehnen.

Bitte richten Sie Herrn Scheiber und Frau Kovačević meinen herzlichen Dank aus. Ich hoffe, wir
laufen uns wieder über den Weg.

Liebe Grüße
Greta Oyelowo-Brandstätter"""

_talstation_app = """Liebe Frau Pfurtscheller,

Lukas Gruber von Trailhaus hat mir erzählt, dass Talstation Digital für die kommende Saison
jemanden für den operativen Aufbau Ihrer Buchungsplattform sucht. Deshalb schreibe ich Ihnen
initiativ.

Kurz zu mir: Ich leite seit sieben Jahren den Skiverleih eines großen Sporthauses in Kitzbühel
(Team von 14 Personen im Winter, rund 1.200 Paar Ski, eigener Reservierungsshop). Ich möchte
jetzt ganz in den E-Commerce wechseln – und die Verbindung von Verleih und Online-Buchung ist
genau das, was mich an Talstation reizt.

Meinen Lebenslauf habe ich angehängt. Ich freue mich, von Ihnen zu hören.

Liebe Grüße
Greta Oyelowo-Brandstätter
+43 660 418 27 53"""

_miri = """Hey Greta,

na, wie läuft's bei dir mit der Jobsuche? Bei mir ist heute die Absage vom Tourismusverband
gekommen – nach drei Runden! »Wir haben uns für eine Kandidatin entschieden, die besser zu
unserem Team passt.« Ich könnt mich so ärgern. Die haben mich extra noch zu einer Präsentation
eingeladen und dann das.

Egal, am Samstag geh ich auf die Hohe Salve und lass es raus. Kommst du mit? Dann erzählst du mir
von deinen ganzen Vorstellungsgesprächen in Wien und Salzburg.

Bussi
Miri"""

_tirol_items = [
    ("E-Commerce Manager:in – Innsbruck", "https://karriere-tirol.example.at/job/88412?utm=alert",
     "Sportfachhandel, Vollzeit, ab sofort, Bewerbungsgespräche laufen bereits"),
    ("Teamleitung Webshop-Logistik – Hall in Tirol",
     "https://karriere-tirol.example.at/job/88390?utm=alert",
     "Versandhändler, Vollzeit, KV Handel + Überzahlung"),
    ("Fulfilment Specialist (m/w/d) – Wörgl", "https://karriere-tirol.example.at/job/88377?utm=alert",
     "Online-Händler für Trachtenmode, 30–38 Std."),
    ("Customer Operations Lead – Innsbruck", "https://karriere-tirol.example.at/job/88355?utm=alert",
     "Outdoor-Marke, hybrides Arbeiten möglich"),
    ("Ratgeber: Die 10 häufigsten Fragen im Vorstellungsgespräch",
     "https://karriere-tirol.example.at/ratgeber/vorstellungsgespraech?utm=alert",
     "Und warum eine Absage selten etwas mit Ihnen persönlich zu tun hat"),
]

_stellen_items = [
    ("Operations Manager E-Commerce (m/w/d) – München-Sendling",
     "https://stellenblick.example.de/a/5521834", "Sportartikel-Onlineshop · Vollzeit · 60–70 T€"),
    ("Head of Fulfilment – München / Garching", "https://stellenblick.example.de/a/5521602",
     "3PL-Dienstleister · Vollzeit · Firmenwagen"),
    ("Teamleitung Retourenmanagement – München-Freimann",
     "https://stellenblick.example.de/a/5519977", "Marktplatz · Vollzeit · Schichtzulagen"),
    ("Senior Marketplace Operations – Remote (DACH)", "https://stellenblick.example.de/a/5519540",
     "D2C-Marke · 32–40 Std. · englischsprachiges Team"),
]

_absagen_article = """Absagen richtig lesen: Was HR zwischen den Zeilen schreibt

Liebe Leserinnen und Leser,

kaum ein Brief wird so genau gelesen wie eine Absage. Wir haben zwölf Recruiterinnen und
Recruiter gefragt, was hinter den Standardformulierungen steckt.

»Wir haben uns für eine andere Kandidatin entschieden« heißt meistens genau das – und nicht,
dass Ihr Lebenslauf schlecht war. »Die Stelle wurde vorerst auf Eis gelegt« bedeutet dagegen
oft ein Budgetproblem, und ein freundliches Nachfassen nach drei Monaten kann sich lohnen.

Und wenn gar keine Antwort kommt? Nach vier Wochen dürfen Sie höflich nachfragen. Eine Vorlage
dafür finden Sie in unserem Download-Bereich.

Außerdem in dieser Ausgabe:
- Das Vorstellungsgespräch per Video: Licht, Ton, Blickkontakt
- Gehaltsverhandlung im Handel: Was der Kollektivvertrag wirklich vorschreibt
- Quereinstieg in den E-Commerce: drei Erfahrungsberichte

Ihr Team vom Karrierebrief

Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example.at angemeldet haben.
Abmelden: https://karrierebrief.example.at/abmelden?u=8f21c0"""

_vorstellung_article = """Der Vorstellungsgespräch-Check: Sieben Fragen, auf die Sie eine Antwort brauchen

Von Theresa Gapp

Die Einladung ist da, der Termin steht – und jetzt? Wer im Vorstellungsgespräch überzeugen
will, sollte sich auf ein paar Klassiker vorbereiten. »Warum wollen Sie wechseln?« zum
Beispiel, oder »Wo sehen Sie sich in fünf Jahren?«

Gerade Quereinsteigerinnen aus dem Handel unterschätzen, wie wertvoll ihre Erfahrung ist:
Wer eine Filiale durch die Hochsaison bringt, kann Personalplanung, Lagerhaltung und
Krisenmanagement. Sagen Sie das auch so.

Und falls der Termin kurzfristig verschoben wird: Nehmen Sie es nicht persönlich. In den meisten
Fällen steckt ein voller Kalender dahinter, keine Absage auf Raten.

Weiterlesen: https://alpenjob-magazin.example.at/artikel/vorstellungsgespraech-check

Alpenjob Magazin · Ausgabe März 2026
Newsletter abbestellen: https://alpenjob-magazin.example.at/newsletter/abmelden"""

_bank = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir bestätigen Ihren Beratungstermin zur Wohnbaufinanzierung:

Donnerstag, 16. April 2026, 17:30 Uhr
Bergbank Kitzbühel, Filiale Vorderstadt 12, 1. Stock
Ihr Berater: Mag. Andreas Hauser

Bitte bringen Sie die letzten drei Gehaltszettel, einen Lichtbildausweis sowie – falls
vorhanden – den Kaufvertrag oder das Exposé der Wohnung mit.

Ihre aktuelle Depotposition und den Stand Ihres Bausparvertrags besprechen wir gerne im selben
Termin.

Sollten Sie den Termin nicht wahrnehmen können, bitten wir um Absage bis spätestens 24 Stunden
vorher.

Freundliche Grüße
Ihre Bergbank Kitzbühel

Bergbank Kitzbühel eGen · Vorderstadt 12 · 6370 Kitzbühel · FN 41208 m"""

_hausverwaltung = """Sehr geehrte Frau Oyelowo-Brandstätter,

leider müssen wir den Besichtigungstermin für die Wohnung in der Höttinger Au 44, Top 7, am
Donnerstag um 17 Uhr verschieben: Der Vormieter hat kurzfristig um einen späteren Auszug
gebeten.

Neuer Termin: Montag, 13. April, 18:00 Uhr, Treffpunkt vor dem Hauseingang.

Bitte teilen Sie uns kurz mit, ob Sie kommen. Die Unterlagen zur Mietanbotslegung schicken wir
Ihnen nach der Besichtigung.

Mit freundlichen Grüßen
Stefanie Mair
Hausverwaltung Inntal
Innrain 98, 6020 Innsbruck
Tel. +43 512 28 47 11"""

_vhs = """Liebe Kursteilnehmerin, lieber Kursteilnehmer,

leider müssen wir Ihnen mitteilen, dass der Kurs »Excel für Fortgeschrittene: Pivot &
Power Query« (Kursnummer 26F-3104), der am 20. April beginnen sollte, wegen zu geringer
Teilnehmerzahl abgesagt wird.

Die Kursgebühr wird Ihnen innerhalb von 14 Tagen auf Ihr Konto rückerstattet. Gerne buchen wir
Sie alternativ in den Online-Kurs 26F-3110 ab 4. Mai um.

Wir bitten um Ihr Verständnis.

Ihre Volkshochschule Kitzbühel
Hinterstadt 21, 6370 Kitzbühel"""

_arzt = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir erinnern Sie an Ihren Termin in unserer Ordination:

Dienstag, 5. Mai 2026, 08:15 Uhr – Vorsorgeuntersuchung
Dr. med. Johanna Wallner, Allgemeinmedizin, Josef-Pirchl-Straße 3, 6370 Kitzbühel

Bitte kommen Sie nüchtern und bringen Sie Ihre e-card mit. Falls Sie den Termin nicht
einhalten können, sagen Sie bitte bis spätestens Montag 12 Uhr telefonisch ab
(+43 5356 62 4 80), damit wir ihn an Patientinnen auf der Warteliste weitergeben können.

Ihr Ordinationsteam Dr. Wallner

Diese Nachricht wurde automatisch versendet."""

_ooo_de = """Vielen Dank für Ihre Nachricht.

Ich bin von 9. bis einschließlich 20. Februar nicht im Büro und habe keinen Zugriff auf meine
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen zu Bewerbungen wenden Sie sich bitte an people@bergwerk-outdoor.example.at.

Liebe Grüße
Sabine Kerschbaumer"""

_kontaktwerk = """Hallo Greta,

Ihre Woche auf Kontaktwerk:

- Sie wurden in 14 Suchen gefunden (Recruiter:innen von Handels- und Logistikunternehmen)
- 3 Personen haben Ihr Profil angesehen, darunter jemand von Warenwelt24
- 5 neue Jobs passen zu Ihrem Profil: »Operations Manager E-Commerce«

Tipp: Profile mit einem Foto und mindestens fünf Kenntnissen erhalten bis zu 4-mal mehr
Nachrichten von Recruiter:innen.

Alle Aktivitäten ansehen: https://www.kontaktwerk.example.com/me/activity

Sie erhalten diese E-Mail, weil Sie Kontaktwerk-Mitglied sind.
Benachrichtigungen verwalten: https://www.kontaktwerk.example.com/settings/notifications"""

_fh = """Sehr geehrte Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterlehrgang
»E-Commerce & Digital Operations« (Start Herbst 2026).

Nach Abschluss des Aufnahmeverfahrens müssen wir Ihnen leider mitteilen, dass wir Ihnen keinen
Studienplatz anbieten können. Bei 96 Bewerbungen für 28 Plätze war die Reihung sehr knapp; Sie
liegen auf Platz 34 der Warteliste.

Sollte ein Platz frei werden, verständigen wir Sie bis spätestens 15. September. Eine erneute
Bewerbung für den Jahrgang 2027 ist selbstverständlich möglich.

Mit freundlichen Grüßen
Mag. Ingrid Trenkwalder
Studiengangsadministration
FH Alpenland, Campus Kufstein"""

_paket_de = """Hallo Greta,

Ihre Sendung 1Z44 8301 AT von Sportdirekt24 verspätet sich leider.

Neuer voraussichtlicher Zustelltag: Freitag, 17. April 2026

Grund: hohes Sendungsaufkommen im Verteilzentrum Wörgl. Wir bitten um Entschuldigung.

Sendung verfolgen: https://alpenpost.example.at/track/1Z448301AT

Ihre Alpenpost"""

_position = """Hallo Greta,

Ihre Live-Position wurde soeben an Ihre Notfallkontakte (Jakob B.) gesendet.

Tour: Skitour Schwarzkogel
Letzte Position: 47.3921° N, 12.2874° O, 1.880 m
Zeit: 07:42 Uhr
Akku: 64 %

Die Freigabe endet automatisch um 14:00 Uhr. Sie können sie jederzeit in der App beenden.

Ihr Routenwerk-Team
https://routenwerk.example.com/live/6f2a"""

_presse = """Liebe Frau Oyelowo-Brandstätter,

ich schreibe für den Kitzbüheler Anzeiger und bereite einen Artikel zur Saisonbilanz der
Sportgeschäfte vor. Ihr Chef, Herr Obermoser, hat mir Sie als Ansprechpartnerin für den Verleih
genannt.

Hätten Sie Zeit für ein kurzes Interview – gerne telefonisch, etwa 20 Minuten – diese oder
nächste Woche? Mich interessieren vor allem die Nachfrage nach Tourenski, die Rolle der
Online-Reservierung und wie Sie mit dem schneearmen Jänner umgegangen sind.

Ein Foto im Geschäft wäre schön, ist aber kein Muss.

Herzliche Grüße
Lisa Hechenberger
Redaktion Kitzbüheler Anzeiger
Tel. +43 5356 69 6 11"""

_rentbase = """Hallo Greta,

Sie nutzen Rentbase seit drei Saisonen im Verleih – danke dafür! Wir überarbeiten gerade die
Reservierungsansicht und würden gerne von Ihnen lernen.

Hätten Sie Lust auf ein 30-minütiges Nutzerinterview per Video? Es gibt keine richtigen oder
falschen Antworten; wir schauen uns gemeinsam an, wie Sie Reservierungen und Rückgaben
abwickeln. Als Dankeschön gibt es einen Gutschein über 50 Euro.

Hier können Sie einen Termin auswählen: https://rentbase.example.com/research/booking

Viele Grüße
Lea Kofler
UX Research, Rentbase"""

_coldcall_de = """Sehr geehrte Frau Oyelowo-Brandstätter,

ich bin auf Kontaktwerk auf Ihr Profil gestoßen und war beeindruckt, wie Sie den Verleih in
Kitzbühel mit dem Online-Reservierungsshop verzahnt haben.

Ich betreue als Personalberater ausschließlich Positionen im E-Commerce und in der Logistik in
Westösterreich und Südbayern. Derzeit habe ich zwei Suchen, die zu Ihrem Werdegang passen
könnten – eine davon bei einem Outdoor-Händler im Raum Rosenheim.

Darf ich Ihnen die Stellenbeschreibungen vertraulich zuschicken? Falls Sie aktuell nicht
wechselwillig sind, ist das natürlich ebenso in Ordnung.

Mit freundlichen Grüßen
Fabian Rieder
Gebirgstalent Personalberatung
Salurner Straße 15, 6020 Innsbruck"""

_mitarbeitergespraech = """Hallo Greta,

die Saison ist fast geschafft – danke dir und dem ganzen Verleih-Team für den Einsatz, gerade
im Februar!

Ich möchte mit dir wie jedes Jahr das Mitarbeitergespräch zum Saisonabschluss führen:
Donnerstag, 9. April, 15:00 Uhr, bei mir im Büro. Wir schauen auf die Saison zurück, reden über
deine Ziele und darüber, wie wir die Reservierung nächsten Winter aufstellen.

Bitte bring deine Liste mit den Schäden am Mietmaterial mit, dann können wir auch gleich die
Bestellung für den Herbst besprechen.

Lg
Hannes

Hannes Obermoser
Geschäftsführer, Sporthaus Gamsblick
Vorderstadt 30, 6370 Kitzbühel"""

_skiclub = """Liebe Mitglieder,

schweren Herzens müssen wir das Vereinsrennen am Sonntag, 8. März, absagen. Nach dem Föhnsturm
ist die Piste am Hahnenkamm-Übungshang nicht mehr sicher präparierbar.

Ein Ersatztermin wird nicht angesetzt; die Startgelder werden rückerstattet. Die Siegerehrung
der Vereinsmeisterschaft findet trotzdem wie geplant beim Saisonabschlussfest am 21. März statt.

Sportliche Grüße
Der Vorstand
Skiclub Kitzbühel-Reith

Sie erhalten diese Nachricht als Mitglied des Skiclubs Kitzbühel-Reith."""

_fwd_note = """Hi Jakob,

schau dir das bitte mal an, bevor wir heute Abend reden – Almrausch will mir tatsächlich ein
Angebot machen. 4.300 brutto in Wörgl wäre schon ein Unterschied zu jetzt. Die Original-Mail
von Markus hängt dran.

Bussi
G."""

# =============================================================================================
# en
# =============================================================================================

_kestrel_app = """Dear Mr Dunmore,

I'm writing to apply for the Marketplace Operations Lead position advertised on your careers
page.

For the past seven years I have run the rental operation of a large sports retailer in
Kitzbühel: a 14-person winter team, a fleet of around 1,200 pairs of skis, and an online
reservation shop that now handles 60% of our bookings. I'm now moving fully into e-commerce
operations, and Kestrel's mix of own-brand and marketplace sales is exactly the environment I'm
looking for.

My CV is attached. I'd be glad to tell you more in a conversation.

Kind regards,
Greta Oyelowo-Brandstätter
+43 660 418 27 53"""

_alpine_items = [
    ("E-commerce Operations Manager - Zurich", "https://alpinejobs.example.com/j/40917",
     "Outdoor retailer · Full-time · Interviews starting next week"),
    ("Marketplace Operations Specialist - Milan (English)", "https://alpinejobs.example.com/j/40902",
     "Fashion marketplace · Hybrid"),
    ("Fulfilment Team Lead - Munich", "https://alpinejobs.example.com/j/40876",
     "3PL · Full-time · Shift allowance"),
    ("Career tip: how to reply when a recruiter says no",
     "https://alpinejobs.example.com/blog/reply-to-rejection",
     "A short template that keeps the door open"),
]

_playbook = """The Rejection Playbook

Hi there,

This week's issue is about the email nobody wants: the rejection.

"We've decided to move forward with other candidates." "Unfortunately, the position has been
filled." "We'll keep your CV on file." We collected 300 of these from readers and sorted them
into three piles: the genuine no, the "not now", and the silent hold.

Three things we learned:
1. A rejection after an interview is worth a reply. Thank them, ask for one piece of feedback.
2. "On hold" roles come back about a third of the time. Set a reminder for eight weeks.
3. Agencies will often tell you more than the company will. Ask them.

Next week: how to prepare for a panel interview when you're switching industries.

See you then,
Ops Career Notes

You're receiving this because you subscribed at opscareernotes.example.com.
Unsubscribe: https://opscareernotes.example.com/unsubscribe/3c1d"""

_podcast = """Hi Greta,

I host Retail Rewired, a weekly podcast about the operations behind retail - warehouses,
returns, rental models, the unglamorous stuff. A listener pointed me to your talk at the
Innsbruck e-commerce meetup about running ski rental reservations online.

Would you be up for an interview on the show? It's a relaxed 40-minute conversation, recorded
remotely whenever suits you in May. We'd send questions in advance.

Cheers,
Owen Pritchard
Host, Retail Rewired
retailrewired.example.co.uk"""

_research_en = """Hi Greta,

You recently tried Shopvault's order management trial - thanks! We're talking to operations
people from rental and sports businesses to understand how they handle stock that comes back.

Would you join a 45-minute research interview over Zoom? You'd receive a EUR 60 gift card as a
thank you. There's nothing to prepare, and this isn't a sales call.

Pick a time here: https://shopvault.example.com/research/schedule

Thanks,
Maya Chen
UX Research, Shopvault"""

_ooo_en = """Thanks for your email. I'm out of the office until Monday 16 March with limited access
to email. I'll respond as soon as I can after my return.

For urgent recruiting matters, please contact talent@cartwheel.example.ch.

Noah Whitfield
Talent Acquisition, Cartwheel Commerce"""

_pronet = """Hi Greta,

Here's what happened on ProNet this week:

- You appeared in 23 searches
- 4 hiring managers viewed your profile
- New job alert match: "Operations Lead, E-commerce" at a company in Milan

Keep your profile up to date to get noticed by recruiters.

See all activity: https://www.pronet.example.com/notifications

You are receiving ProNet notification emails.
Unsubscribe: https://www.pronet.example.com/settings/email"""

_parcel_en = """Hi Greta,

Unfortunately, your parcel is delayed.

Order: Bergsteiger Online #20419
Tracking number: SP-7730-4418-AT
New estimated delivery: Tuesday, 15 September

We're sorry for the inconvenience. You don't need to do anything - we'll keep you updated.

Track your parcel: https://swiftparcel.example.com/t/SP77304418AT

SwiftParcel Customer Service"""

_daniel = """Hey Greta,

Quick update from Zurich: I got the "we've decided to go with another candidate" email from
the logistics startup today. Third round, take-home case, the whole thing - and then a
two-line email. Honestly, I'm more annoyed than sad.

How are your interviews going? Last I heard you had two in Milan. Let's catch up on Sunday -
call me when you're back from the mountain.

Daniel"""

_coldcall_en = """Hi Greta,

I lead the consumer & retail practice at Harbourline Search. I'm working on a confidential
search for a Head of Operations at a fast-growing D2C outdoor brand in Munich, and your mix of
rental operations and online reservations stood out on your profile.

I appreciate you may not be looking. If you're curious, reply and I'll send over the brief - no
obligation either way.

Best regards,
Rachel Simmons
Partner, Harbourline Search"""

# =============================================================================================
# fr
# =============================================================================================

_emploi_items = [
    ("Responsable e-commerce (H/F) – Lyon 2e", "https://emploi-rhone.example.fr/o/771240",
     "Enseigne sport · CDI · Entretiens dès la semaine prochaine"),
    ("Chef de projet marketplace – Villeurbanne", "https://emploi-rhone.example.fr/o/771198",
     "Marketplace déco · CDI · Télétravail partiel"),
    ("Responsable entrepôt e-commerce – Saint-Priest", "https://emploi-rhone.example.fr/o/771105",
     "Logisticien · CDI · Horaires en 2x8"),
    ("Conseil : que répondre à un refus après entretien ?",
     "https://emploi-rhone.example.fr/conseils/refus-apres-entretien", "Notre modèle de réponse"),
]

_rebondir = """Comment rebondir après un refus

Bonjour,

« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. » Cette
phrase, nous l'avons tous lue. Dans ce numéro, trois recruteurs lyonnais expliquent ce qu'elle
cache – et comment transformer un refus en opportunité.

Au sommaire :
– Demander un retour après un entretien : la bonne formulation
– Pourquoi un poste « mis en attente » n'est pas forcément perdu
– Préparer son prochain entretien : la méthode STAR en pratique

Bonne lecture,
La rédaction de Cap Carrière

Vous recevez cette lettre car vous êtes inscrit(e) sur capcarriere.example.fr.
Se désinscrire : https://capcarriere.example.fr/desinscription?id=a7e2"""

_rhone_confirm = """Bonjour Camille,

Merci pour votre message. Le mardi 21 avril à 11h00 me convient très bien ; je serai connectée
à l'heure.

Bonne journée,
Greta Oyelowo-Brandstätter

""" + reply_quote("fr", "2026-04-08 15:20", "Camille Perrin", "camille.perrin@rhoneglisse.example.fr",
                  RHONE_RESCHEDULE)

_master = """Madame,

Nous vous informons que la commission pédagogique du Master « Management du e-commerce et de
la logistique » a examiné votre dossier de candidature.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour l'année
universitaire 2026-2027, en raison du nombre limité de places.

Vous pouvez consulter le détail de la décision sur la plateforme de candidature.

Le service de scolarité
Université Confluences – Lyon

Ce message est envoyé automatiquement, merci de ne pas y répondre."""

_agence = """Bonjour Madame,

Je suis contrainte de reporter la visite de l'appartement du 14 rue Dumenge (T2, 4e étage)
prévue jeudi à 18h : la locataire actuelle ne sera pas disponible.

Je vous propose samedi 6 juin à 10h30. Merci de me confirmer si ce créneau vous convient ;
pensez à apporter votre dossier locatif complet.

Cordialement,
Élodie Martin
Saône Immobilier - 5 place de la Croix-Rousse, 69004 Lyon
04 78 28 40 12"""

_ooo_fr = """Bonjour,

Je suis absente du bureau jusqu'au lundi 11 mai inclus. Je prendrai connaissance de votre
message à mon retour.

Pour toute urgence, vous pouvez contacter recrutement@rhoneglisse.example.fr.

Cordialement,
Camille Perrin"""

_presse_fr = """Bonjour Madame Oyelowo-Brandstätter,

Je suis journaliste pour Montagnes & Co, un magazine consacré aux métiers de la montagne. Je
prépare un dossier sur les femmes qui dirigent des magasins de location de ski dans les Alpes.

Accepteriez-vous de m'accorder une interview d'une trentaine de minutes, par téléphone ou en
visio, d'ici la fin du mois ? Vos réponses pourraient être publiées en français avec une photo.

Bien à vous,
Margaux Dupuis
Journaliste – Montagnes & Co"""

# =============================================================================================
# es
# =============================================================================================

_alertas_items = [
    ("Responsable de Operaciones E-commerce – Barcelona", "https://empleobcn.example.es/of/33918",
     "Tienda de deportes online · Indefinido · Entrevistas esta semana"),
    ("Coordinador/a de Marketplace – Sant Cugat", "https://empleobcn.example.es/of/33901",
     "Marketplace de moda · Híbrido"),
    ("Jefe/a de Almacén E-commerce – El Prat", "https://empleobcn.example.es/of/33877",
     "Operador logístico · Turnos rotativos"),
    ("Consejo: qué hacer si te rechazan después de la entrevista",
     "https://empleobcn.example.es/blog/rechazo-entrevista", "Cinco pasos para seguir adelante"),
]

_entrevista_tips = """Cómo preparar una entrevista por competencias

Hola:

¿Te han convocado a una entrevista y no sabes por dónde empezar? Esta semana te contamos cómo
preparar las preguntas por competencias con el método STAR, qué decir cuando te preguntan por
qué cambias de sector y cómo responder con elegancia si al final te dicen que no.

Además:
- Entrevistas en inglés: frases útiles para el cierre
- Si te cambian la hora de la entrevista, ¿es mala señal?

Lee el artículo completo: https://talentohoy.example.es/blog/entrevista-competencias

El equipo de Talento Hoy

Recibes este correo porque te suscribiste en talentohoy.example.es.
Darse de baja: https://talentohoy.example.es/baja?u=19ab"""

_pedido = """Hola Greta:

Lamentablemente, tu pedido n.º ES-558120 se retrasa.

Artículo: Cera para esquís Nordwax Universal (x2)
Nueva fecha estimada de entrega: 2 de octubre

Sentimos las molestias. Si lo prefieres, puedes cancelar el pedido sin coste desde tu cuenta.

Ver mi pedido: https://picoshop.example.es/cuenta/pedidos/ES-558120

Atención al cliente · PicoShop"""

_carla = """¡Hola Greta!

¿Qué tal todo? Te escribo para desahogarme un poco: me acaban de rechazar en la agencia de
viajes de la que te hablé. Después de la segunda entrevista me mandaron un correo de dos líneas
diciendo que «han decidido continuar con otros candidatos». Ni una llamada.

Bueno, seguimos. ¿Y tú? ¿Cómo fue lo de Tramuntana? Si vienes a Barcelona en agosto, te invito a
un vermut y me cuentas.

Besos,
Carla"""

_ooo_es = """Hola:

Estoy fuera de la oficina hasta el lunes 3 de agosto, sin acceso al correo. Responderé a tu
mensaje a mi regreso.

Para cualquier urgencia, escribe a hola@onatalent.example.es.

Un saludo,
Marc Soler"""

_master_es = """Estimada Greta Oyelowo-Brandstätter:

Le comunicamos que, tras la valoración de su expediente por la comisión de admisión, su
solicitud para el Máster en Comercio Electrónico y Operaciones (edición 2026-2027) ha sido
resuelta como NO ADMITIDA, al haberse cubierto todas las plazas disponibles.

Puede presentar una nueva solicitud en la próxima convocatoria.

Atentamente,
Oficina de Admisiones
Escuela de Negocios del Mediterráneo

Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección."""

_babel = """Hola Greta:

Te escribo desde la Academia Babel para avisarte de un cambio: tu entrevista de nivel online
(para colocarte en el grupo correcto del curso intensivo de español de julio) pasa del
miércoles 24 de junio a las 18:00 al jueves 25 de junio a las 18:30.

Es una conversación de unos 15 minutos con una profesora; no necesitas preparar nada.

Si la nueva hora no te va bien, dímelo y buscamos otra.

Un saludo,
Sofía Navarro
Coordinación académica · Academia Babel Barcelona
Carrer del Consell de Cent 340, 08009 Barcelona"""

MESSAGES = [
    # ============================================================ de (26)
    {"id": "bergwerk-thanks", "kind": X, "scen": "own_thank_you_after_interview", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Sabine Kerschbaumer", "s.kerschbaumer@bergwerk-outdoor.example.at")],
     "date": "2026-01-28 18:42 +0100", "reply": "bergwerk-move",
     "subject": "Danke für das Gespräch heute", "subj_enc": "utf-8-q",
     "text": BERGWERK_THANKS, "cte": "qp",
     "headers": [("User-Agent", "Mozilla Thunderbird 140.2")]},
    {"id": "kistl-sorry", "kind": X, "scen": "own_apology_asks_new_slot", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Bernhard Kistl", "b.kistl@kistl-logistik.example.at")],
     "date": "2026-02-05 12:03 +0100", "reply": "kistl-missed",
     "subject": "Re: AW: Kurzes Telefonat zu Ihrer Bewerbung?", "text": _kistl_sorry,
     "charset": "iso-8859-1", "cte": "qp"},
    {"id": "brettl-confirm", "kind": X, "scen": "own_confirms_interview_slot", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Rainer, Andrea", "andrea.rainer@brettl-bindung.example.at")],
     "mid": "<brettl-confirm-20260304@mail.example.at>",
     "date": "2026-03-04 19:22 +0100", "reply": "brettl-invite",
     "subject": "AW: Einladung zum Vorstellungsgespräch", "subj_enc": "utf-8-q",
     "text": BRETTL_CONFIRM + "\n\n" + reply_quote(
         "de", "2026-03-04 10:03", "Rainer, Andrea", "andrea.rainer@brettl-bindung.example.at",
         BRETTL_INVITE), "cte": "qp"},
    {"id": "warenwelt-decline", "kind": X, "scen": "own_declines_offer", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Demir, Elif", "elif.demir@warenwelt24.example.at")],
     "date": "2026-03-26 21:15 +0100", "reply": "warenwelt-offer",
     "subject": "AW: Ihr Angebot: Teamleitung Marktplatz-Operations bei Warenwelt24",
     "text": _warenwelt_decline, "cte": "qp"},
    {"id": "huettenkram-application", "kind": X, "scen": "own_application_with_cv", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Martina Hölzl", "m.hoelzl@huettenkram.example.at")],
     "mid": "<huettenkram-application-0607@mail.example.at>",
     "date": "2026-06-07 20:16 +0200",
     "subject": "Bewerbung E-Commerce Koordination", "text": HUETTENKRAM_APPLICATION,
     "cte": "qp",
     "attach": [{"filename": "Lebenslauf_Oyelowo-Brandstaetter.pdf",
                 "title": "Lebenslauf - Greta Oyelowo-Brandstätter",
                 "lines": ["Kitzbühel, Tirol - greta.ob@example.at - +43 660 418 27 53",
                           "seit 2019: Leitung Skiverleih, Sporthaus Gamsblick, Kitzbühel",
                           "2015-2019: Verkauf und Werkstatt, Sporthaus Gamsblick",
                           "Ausbildung: HAK Kitzbühel; Lehrgang Handelsmanagement, WIFI Tirol",
                           "Sprachen: Deutsch, Englisch, Französisch, Spanisch (B1)"]}]},
    {"id": "talstation-application", "kind": X, "scen": "own_unsolicited_application", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Verena Pfurtscheller", "verena.pfurtscheller@talstation.example.at")],
     "date": "2026-06-20 10:05 +0200",
     "subject": "Initiativbewerbung – Operations bei Talstation Digital", "subj_enc": "utf-8-b",
     "text": _talstation_app, "html": html_page(paras(_talstation_app)), "cte": "qp",
     "attach": [{"filename": "CV_Greta_Oyelowo-Brandstaetter.pdf",
                 "title": "Greta Oyelowo-Brandstätter - Lebenslauf",
                 "lines": ["Leitung Skiverleih seit 2019, Team von 14 Personen im Winter",
                           "Online-Reservierungsshop: Einführung 2021, 60 % der Buchungen",
                           "Kassensystem- und Warenwirtschaftsumstellung 2023",
                           "Sprachen: Deutsch, Englisch, Französisch, Spanisch"]}]},
    {"id": "miri-rejection", "kind": X, "scen": "friend_tells_own_rejection", "lang": "de",
     "company": "", "contact": "miri.aschaber@gmx.example.at",
     "from": ("Miriam Aschaber", "miri.aschaber@gmx.example.at"),
     "date": "2026-03-11 20:48 +0100",
     "subject": "Absage... und Samstag?", "text": _miri, "cte": "8bit"},
    {"id": "tirol-alert", "kind": X, "scen": "job_alert_digest_tirol", "lang": "de",
     "company": "", "contact": "",
     "from": ("karriere-tirol Jobagent", "jobagent-noreply@karriere-tirol.example.at"),
     "date": "2026-02-16 06:00 +0100",
     "subject": "5 neue Treffer für »E-Commerce« in Innsbruck und Umgebung",
     "subj_enc": "iso-8859-1-q",
     "text": digest_text("Guten Morgen Greta, hier sind die neuen Treffer Ihres Jobagenten:",
                         _tirol_items, "Jobagent bearbeiten oder abmelden: "
                         "https://karriere-tirol.example.at/jobagent/abmelden?id=4410"),
     "html": newsletter_html("Ihr Jobagent: 5 neue Treffer",
                             "Guten Morgen Greta, hier sind die neuen Treffer Ihres Jobagenten:",
                             _tirol_items, 'Jobagent bearbeiten oder <a href="https://karriere-'
                             'tirol.example.at/jobagent/abmelden?id=4410">abmelden</a>'),
     "cte": "qp",
     "headers": [*list_headers("<jobagent.karriere-tirol.example.at>",
                               "https://karriere-tirol.example.at/jobagent/abmelden?id=4410",
                               "unsubscribe@karriere-tirol.example.at"), AUTO]},
    {"id": "stellenblick-alert", "kind": X, "scen": "job_alert_digest_munich", "lang": "de",
     "company": "", "contact": "",
     "from": ("Stellenblick", "noreply@stellenblick.example.de"),
     "date": "2026-04-27 07:15 +0200",
     "subject": "Ihr Suchauftrag »Operations Manager München«: 4 neue Stellen",
     "subj_enc": "utf-8-q",
     "text": digest_text("Hallo Frau Oyelowo-Brandstätter,\n\nfür Ihren Suchauftrag gibt es "
                         "4 neue Stellen. Bewerben Sie sich schnell – viele Arbeitgeber führen "
                         "die ersten Interviews schon nach wenigen Tagen.", _stellen_items,
                         "Suchauftrag löschen: https://stellenblick.example.de/suchauftrag/x/91"),
     "html": newsletter_html("4 neue Stellen für Sie",
                             "Hallo Frau Oyelowo-Brandstätter,\n\nfür Ihren Suchauftrag gibt es "
                             "4 neue Stellen. Bewerben Sie sich schnell – viele Arbeitgeber "
                             "führen die ersten Interviews schon nach wenigen Tagen.",
                             _stellen_items, "Suchauftrag löschen", accent="#1d4ed8"),
     "cte": "base64",
     "headers": list_headers("Stellenblick Suchauftrag <suchauftrag.stellenblick.example.de>",
                             "https://stellenblick.example.de/suchauftrag/x/91",
                             "abmelden@stellenblick.example.de")},
    {"id": "karrierebrief", "kind": X, "scen": "newsletter_reading_rejections", "lang": "de",
     "company": "", "contact": "",
     "from": ("Karrierebrief", "newsletter@karrierebrief.example.at"),
     "date": "2026-03-07 08:00 +0100",
     "subject": "Absagen richtig lesen – und was danach kommt", "subj_enc": "utf-8-q",
     "text": _absagen_article, "html": html_page(paras(_absagen_article)), "cte": "qp",
     "headers": list_headers("Karrierebrief <karrierebrief.example.at>",
                             "https://karrierebrief.example.at/abmelden?u=8f21c0",
                             "abmelden@karrierebrief.example.at")},
    {"id": "alpenjob-article", "kind": X, "scen": "career_article_interview_prep", "lang": "de",
     "company": "", "contact": "",
     "from": ("Alpenjob Magazin", "newsletter@alpenjob-magazin.example.at"),
     "date": "2026-03-19 12:30 +0100",
     "subject": "Der Vorstellungsgespräch-Check: Sieben Fragen", "subj_enc": "iso-8859-1-b",
     "html": html_page("<h1>Der Vorstellungsgespräch-Check</h1>\n" + paras(_vorstellung_article)),
     "cte": "qp",
     "headers": [*list_headers("<news.alpenjob-magazin.example.at>",
                               "https://alpenjob-magazin.example.at/newsletter/abmelden",
                               "abmelden@alpenjob-magazin.example.at"), BULK]},
    {"id": "bank-appointment", "kind": X, "scen": "bank_advice_appointment", "lang": "de",
     "company": "", "contact": "",
     "from": ("Bergbank Kitzbühel", "noreply@bergbank-kitzbuehel.example.at"),
     "date": "2026-04-03 09:10 +0200",
     "subject": "Terminbestätigung: Ihr Beratungsgespräch am 16. April", "subj_enc": "utf-8-q",
     "text": _bank, "cte": "qp", "headers": [AUTO]},
    {"id": "hausverwaltung", "kind": X, "scen": "landlord_viewing_moved", "lang": "de",
     "company": "", "contact": "s.mair@hv-inntal.example.at",
     "from": ("Stefanie Mair", "s.mair@hv-inntal.example.at"),
     "date": "2026-04-07 11:44 +0200",
     "subject": "Besichtigungstermin Höttinger Au 44 – neuer Termin", "subj_enc": "utf-8-q",
     "text": _hausverwaltung, "charset": "windows-1252", "cte": "qp"},
    {"id": "vhs-cancel", "kind": X, "scen": "adult_school_course_cancelled", "lang": "de",
     "company": "", "contact": "",
     "from": ("Volkshochschule Kitzbühel", "no-reply@vhs-kitzbuehel.example.at"),
     "date": "2026-04-14 14:00 +0200",
     "subject": "Kursabsage 26F-3104 Excel für Fortgeschrittene", "subj_enc": "iso-8859-1-q",
     "text": _vhs, "charset": "iso-8859-1", "cte": "qp", "headers": [AUTO]},
    {"id": "arzt-reminder", "kind": X, "scen": "doctor_appointment_reminder", "lang": "de",
     "company": "", "contact": "",
     "from": ("Ordination Dr. Wallner", "noreply@ordination-wallner.example.at"),
     "date": "2026-05-01 07:00 +0200",
     "subject": "Terminerinnerung: Dienstag, 5. Mai, 08:15 Uhr", "text": _arzt,
     "charset": "windows-1252", "cte": "qp", "headers": [AUTO]},
    {"id": "bergwerk-ooo", "kind": X, "scen": "out_of_office_recruiter", "lang": "de",
     "company": "", "contact": "s.kerschbaumer@bergwerk-outdoor.example.at",
     "from": ("Sabine Kerschbaumer", "s.kerschbaumer@bergwerk-outdoor.example.at"),
     "date": "2026-02-09 07:31 +0100", "reply": "<bergwerk-followup-0209@mail.example.at>",
     "subject": "Automatische Antwort: Rückfrage zur Absage", "subj_enc": "utf-8-q",
     "text": _ooo_de, "cte": "qp", "headers": [AUTO_REPLY, ("X-Auto-Response-Suppress", "All")]},
    {"id": "kontaktwerk", "kind": X, "scen": "network_weekly_notification", "lang": "de",
     "company": "", "contact": "",
     "from": ("Kontaktwerk", "notifications@kontaktwerk.example.com"),
     "date": "2026-03-30 18:05 +0200",
     "subject": "Greta, Sie wurden in 14 Suchen gefunden", "text": _kontaktwerk,
     "html": ats_card("Kontaktwerk", "#0a66c2", paras(_kontaktwerk),
                      "Kontaktwerk · Benachrichtigungen verwalten"), "cte": "qp",
     "headers": [*list_headers("<weekly.kontaktwerk.example.com>",
                               "https://www.kontaktwerk.example.com/settings/notifications",
                               "unsubscribe@kontaktwerk.example.com"), AUTO]},
    {"id": "fh-refusal", "kind": X, "scen": "study_place_refused", "lang": "de",
     "company": "", "contact": "ingrid.trenkwalder@fh-alpenland.example.at",
     "from": ("Mag. Ingrid Trenkwalder", "ingrid.trenkwalder@fh-alpenland.example.at"),
     "date": "2026-06-26 13:20 +0200",
     "subject": "Ihre Bewerbung um einen Studienplatz – Masterlehrgang E-Commerce",
     "subj_enc": "utf-8-q", "text": _fh, "cte": "qp"},
    {"id": "paket-de", "kind": X, "scen": "parcel_delayed_leider", "lang": "de",
     "company": "", "contact": "",
     "from": ("Alpenpost Sendungsverfolgung", "noreply@alpenpost.example.at"),
     "date": "2026-04-15 16:22 +0200",
     "subject": "Ihre Sendung verspätet sich leider", "subj_enc": "iso-8859-1-q",
     "text": _paket_de, "html": ats_card("Alpenpost", "#facc15", paras(_paket_de),
                                          "Alpenpost · Diese E-Mail wurde automatisch erstellt."),
     "cte": "qp", "headers": [AUTO]},
    {"id": "routenwerk", "kind": X, "scen": "gps_position_shared", "lang": "de",
     "company": "", "contact": "",
     "from": ("Routenwerk", "notifications@routenwerk.example.com"),
     "date": "2026-02-21 07:43 +0100",
     "subject": "Ihre Position wurde geteilt", "text": _position, "cte": "qp",
     "headers": [AUTO]},
    {"id": "presse-de", "kind": X, "scen": "press_interview_request", "lang": "de",
     "company": "", "contact": "l.hechenberger@kitzanzeiger.example.at",
     "from": ("Lisa Hechenberger", "l.hechenberger@kitzanzeiger.example.at"),
     "date": "2026-04-09 10:18 +0200",
     "subject": "Interview-Anfrage: Saisonbilanz im Skiverleih", "text": _presse,
     "cte": "base64"},
    {"id": "rentbase-research", "kind": X, "scen": "user_research_interview_invite", "lang": "de",
     "company": "", "contact": "lea.kofler@rentbase.example.com",
     "from": ("Lea Kofler", "lea.kofler@rentbase.example.com"),
     "date": "2026-05-19 14:02 +0200",
     "subject": "30 Minuten für ein Nutzerinterview? (50 € Gutschein)", "subj_enc": "utf-8-b",
     "text": _rentbase, "html": html_page(paras(_rentbase)), "cte": "qp"},
    {"id": "gebirgstalent-cold", "kind": X, "scen": "recruiter_cold_approach", "lang": "de",
     "company": "", "contact": "f.rieder@gebirgstalent.example.at",
     "from": ("Fabian Rieder", "f.rieder@gebirgstalent.example.at"),
     "date": "2026-08-31 08:49 +0200",
     "subject": "Vertrauliche Anfrage – E-Commerce Operations", "subj_enc": "windows-1252-q",
     "text": _coldcall_de, "charset": "windows-1252", "cte": "8bit"},
    {"id": "gamsblick-review", "kind": X, "scen": "current_employer_annual_review", "lang": "de",
     "company": "", "contact": "hannes@gamsblick.example.at",
     "from": ("Hannes Obermoser", "hannes@gamsblick.example.at"),
     "date": "2026-03-31 19:12 +0200",
     "subject": "Mitarbeitergespräch Saisonabschluss", "subj_enc": "iso-8859-1-b", "text": _mitarbeitergespraech,
     "cte": "qp"},
    {"id": "skiclub", "kind": X, "scen": "ski_club_race_cancelled", "lang": "de",
     "company": "", "contact": "",
     "from": ("Skiclub Kitzbühel-Reith", "noreply@skiclub-kitzbuehel-reith.example.at"),
     "date": "2026-03-05 22:10 +0100",
     "subject": "ABSAGE Vereinsrennen 8. März", "subj_enc": "utf-8-q",
     "text": _skiclub, "cte": "8bit",
     "headers": [("List-Id", "Mitglieder <mitglieder.skiclub-kitzbuehel-reith.example.at>"),
                 ("Precedence", "list")]},
    {"id": "fwd-almrausch", "kind": X, "scen": "own_forward_of_offer_rfc822", "lang": "de",
     "company": "", "contact": "", "from": ME,
     "to": [("Jakob Brandstätter", "jakob.b@example.at")],
     "date": "2026-08-12 17:40 +0200",
     "subject": "Fwd: Almrausch Versand möchte Ihnen ein Angebot machen!", "subj_enc": "utf-8-q",
     "text": _fwd_note, "cte": "qp",
     "rfc822": dict(_spec("almrausch-offer"), attach_name="Almrausch-Angebot.eml")},
    # ============================================================ en (11)
    {"id": "lanterna-thanks", "kind": X, "scen": "own_thank_you_en", "lang": "en",
     "company": "", "contact": "", "from": ME,
     "to": [("Chiara Benedetti", "chiara.benedetti@lanterna.example.it")],
     "date": "2026-05-21 19:03 +0200", "reply": "lanterna-move",
     "subject": "Thank you - Operations Lead interview", "text": LANTERNA_THANKS},
    {"id": "kestrel-application", "kind": X, "scen": "own_application_en_with_cv", "lang": "en",
     "company": "", "contact": "", "from": ME,
     "to": [("Mark Dunmore", "m.dunmore@kestrel-outdoor.example.de")],
     "date": "2026-07-13 08:30 +0200",
     "subject": "Application: Marketplace Operations Lead", "text": _kestrel_app, "cte": "qp",
     "attach": [{"filename": "CV_Greta_Oyelowo-Brandstatter_EN.pdf",
                 "title": "Greta Oyelowo-Brandstätter - CV",
                 "lines": ["Rental Operations Manager, Sporthaus Gamsblick, Kitzbühel (2019-)",
                           "Team of 14 in winter; fleet of 1,200 pairs of skis",
                           "Online reservation shop: launched 2021, 60% of bookings",
                           "Languages: German, English, French, Spanish (B1)"]}]},
    {"id": "alpinejobs-alert", "kind": X, "scen": "job_alert_digest_en", "lang": "en",
     "company": "", "contact": "",
     "from": ("AlpineJobs", "alerts@alpinejobs.example.com"),
     "date": "2026-05-25 06:30 +0200",
     "subject": "4 new matches for \"e-commerce operations\" in Zurich, Milan & Munich",
     "text": digest_text("Hi Greta, here are this week's new matches:", _alpine_items,
                         "Manage alerts: https://alpinejobs.example.com/alerts"),
     "html": newsletter_html("Your weekly job matches", "Hi Greta, here are this week's new "
                             "matches:", _alpine_items, "Manage alerts", lang="en",
                             accent="#4338ca"),
     "headers": [*list_headers("<weekly.alpinejobs.example.com>",
                               "https://alpinejobs.example.com/alerts/unsubscribe/77",
                               "unsubscribe@alpinejobs.example.com"), AUTO]},
    {"id": "playbook", "kind": X, "scen": "newsletter_rejection_playbook", "lang": "en",
     "company": "", "contact": "",
     "from": ("Ops Career Notes", "newsletter@opscareernotes.example.com"),
     "date": "2026-06-14 09:00 +0200",
     "subject": "The Rejection Playbook", "text": _playbook,
     "html": html_page(paras(_playbook), "en"),
     "headers": list_headers("Ops Career Notes <opscareernotes.example.com>",
                             "https://opscareernotes.example.com/unsubscribe/3c1d",
                             "unsubscribe@opscareernotes.example.com")},
    {"id": "podcast", "kind": X, "scen": "podcast_interview_request", "lang": "en",
     "company": "", "contact": "owen@retailrewired.example.co.uk",
     "from": ("Owen Pritchard", "owen@retailrewired.example.co.uk"),
     "date": "2026-04-22 13:37 +0100",
     "subject": "Podcast interview? (Retail Rewired)", "text": _podcast},
    {"id": "shopvault-research", "kind": X, "scen": "user_research_interview_en", "lang": "en",
     "company": "", "contact": "maya.chen@shopvault.example.com",
     "from": ("Maya Chen", "maya.chen@shopvault.example.com"),
     "reply_to": ("Maya Chen", "maya.chen@shopvault.example.com"),
     "date": "2026-08-18 17:02 +0200",
     "subject": "Would you do a 45-min research interview? (EUR 60 gift card)", "text": _research_en,
     "html": html_page(paras(_research_en), "en")},
    {"id": "cartwheel-ooo", "kind": X, "scen": "out_of_office_en", "lang": "en",
     "company": "", "contact": "noah.whitfield@cartwheel.example.ch",
     "from": ("Noah Whitfield", "noah.whitfield@cartwheel.example.ch"),
     "date": "2026-03-06 08:01 +0100", "reply": "<cartwheel-question-0306@mail.example.at>",
     "subject": "Automatic reply: Question about the Marketplace Operations Manager role",
     "text": _ooo_en, "headers": [AUTO_REPLY]},
    {"id": "pronet", "kind": X, "scen": "network_notification_en", "lang": "en",
     "company": "", "contact": "",
     "from": ("ProNet", "notifications-noreply@pronet.example.com"),
     "date": "2026-05-31 19:00 +0200",
     "subject": "Greta, you appeared in 23 searches this week", "text": _pronet,
     "html": ats_card("ProNet", "#0f172a", paras(_pronet), "ProNet notifications", lang="en"),
     "headers": [*list_headers("<notifications.pronet.example.com>",
                               "https://www.pronet.example.com/settings/email",
                               "unsubscribe@pronet.example.com"), AUTO]},
    {"id": "parcel-en", "kind": X, "scen": "parcel_delayed_unfortunately", "lang": "en",
     "company": "", "contact": "",
     "from": ("SwiftParcel", "noreply@swiftparcel.example.com"),
     "date": "2026-09-11 12:12 +0200",
     "subject": "Unfortunately, your parcel is delayed", "text": _parcel_en,
     "html": ats_card("SwiftParcel", "#dc2626", paras(_parcel_en),
                      "SwiftParcel · automated message", lang="en"), "headers": [AUTO]},
    {"id": "daniel-rejection", "kind": X, "scen": "friend_own_rejection_en", "lang": "en",
     "company": "", "contact": "daniel.osei@mailbox.example.ch",
     "from": ("Daniel Osei", "daniel.osei@mailbox.example.ch"),
     "date": "2026-05-13 21:26 +0200",
     "subject": "well, that's that", "text": _daniel},
    {"id": "harbourline-cold", "kind": X, "scen": "headhunter_cold_approach_en", "lang": "en",
     "company": "", "contact": "rachel.simmons@harbourline.example.co.uk",
     "from": ("Rachel Simmons", "rachel.simmons@harbourline.example.co.uk"),
     "date": "2026-09-22 10:40 +0100",
     "subject": "Confidential: Head of Operations, D2C outdoor brand (Munich)",
     "text": _coldcall_en},
    # ============================================================ fr (7)
    {"id": "emploi-rhone-alert", "kind": X, "scen": "job_alert_digest_fr", "lang": "fr",
     "company": "", "contact": "",
     "from": ("Emploi Rhône", "alertes@emploi-rhone.example.fr"),
     "date": "2026-04-13 07:00 +0200",
     "subject": "Vos alertes emploi : 4 nouvelles offres à Lyon", "subj_enc": "utf-8-q",
     "text": digest_text("Bonjour Greta, voici les nouvelles offres correspondant à votre "
                         "alerte « e-commerce Lyon » :", _emploi_items,
                         "Gérer mes alertes : https://emploi-rhone.example.fr/alertes"),
     "html": newsletter_html("Vos alertes emploi", "Bonjour Greta, voici les nouvelles offres "
                             "correspondant à votre alerte « e-commerce Lyon » :",
                             _emploi_items, "Gérer mes alertes", lang="fr", accent="#be123c"),
     "cte": "qp",
     "headers": [*list_headers("<alertes.emploi-rhone.example.fr>",
                               "https://emploi-rhone.example.fr/alertes/desinscription/19",
                               "desinscription@emploi-rhone.example.fr"), AUTO]},
    {"id": "capcarriere", "kind": X, "scen": "newsletter_bounce_back_after_refusal", "lang": "fr",
     "company": "", "contact": "",
     "from": ("Cap Carrière", "newsletter@capcarriere.example.fr"),
     "date": "2026-05-16 08:00 +0200",
     "subject": "Comment rebondir après un refus", "subj_enc": "iso-8859-1-q",
     "text": _rebondir, "html": html_page(paras(_rebondir), "fr"),
     "charset": "windows-1252", "cte": "qp", "html_charset": "utf-8",
     "headers": list_headers("Cap Carriere <lettre.capcarriere.example.fr>",
                             "https://capcarriere.example.fr/desinscription?id=a7e2",
                             "desinscription@capcarriere.example.fr")},
    {"id": "rhone-confirm", "kind": X, "scen": "own_confirms_new_slot_fr", "lang": "fr",
     "company": "", "contact": "", "from": ME,
     "to": [("Camille Perrin", "camille.perrin@rhoneglisse.example.fr")],
     "date": "2026-04-08 18:02 +0200", "reply": "rhone-move",
     "subject": "Re: Report de votre entretien – Rhône Glisse", "subj_enc": "utf-8-q",
     "text": _rhone_confirm, "cte": "qp"},
    {"id": "master-fr", "kind": X, "scen": "master_admission_refused", "lang": "fr",
     "company": "", "contact": "",
     "from": ("Université Confluences – eCandidat", "noreply-ecandidat@univ-confluences.example.fr"),
     "date": "2026-06-30 16:00 +0200",
     "subject": "Décision sur votre candidature – Master Management du e-commerce",
     "subj_enc": "utf-8-b", "text": _master, "cte": "qp", "headers": [AUTO]},
    {"id": "agence-fr", "kind": X, "scen": "landlord_visit_postponed_fr", "lang": "fr",
     "company": "", "contact": "e.martin@saone-immobilier.example.fr",
     "from": ("Élodie Martin", "e.martin@saone-immobilier.example.fr"),
     "date": "2026-06-02 12:31 +0200",
     "subject": "Report de la visite – 14 rue Dumenge", "subj_enc": "windows-1252-q",
     "text": _agence, "charset": "iso-8859-1", "cte": "8bit"},
    {"id": "rhone-ooo", "kind": X, "scen": "out_of_office_fr", "lang": "fr",
     "company": "", "contact": "camille.perrin@rhoneglisse.example.fr",
     "from": ("Camille Perrin", "camille.perrin@rhoneglisse.example.fr"),
     "date": "2026-05-04 08:12 +0200", "reply": "<rhone-feedback-0504@mail.example.at>",
     "subject": "Réponse automatique : Retour sur ma candidature", "subj_enc": "utf-8-q",
     "text": _ooo_fr, "cte": "qp", "headers": [AUTO_REPLY]},
    {"id": "presse-fr", "kind": X, "scen": "magazine_interview_request_fr", "lang": "fr",
     "company": "", "contact": "m.dupuis@montagnes-co.example.fr",
     "from": ("Margaux Dupuis", "m.dupuis@montagnes-co.example.fr"),
     "date": "2026-10-06 11:05 +0200",
     "subject": "Demande d'interview – Montagnes & Co", "subj_enc": "utf-8-q",
     "text": _presse_fr, "cte": "qp"},
    # ============================================================ es (8)
    {"id": "empleobcn-alert", "kind": X, "scen": "job_alert_digest_es", "lang": "es",
     "company": "", "contact": "",
     "from": ("EmpleoBCN", "alertas@empleobcn.example.es"),
     "date": "2026-07-20 07:30 +0200",
     "subject": "4 nuevas ofertas de operaciones e-commerce en Barcelona",
     "text": digest_text("Hola Greta, estas son las nuevas ofertas de tu alerta:",
                         _alertas_items, "Gestionar alertas: https://empleobcn.example.es/alertas"),
     "html": newsletter_html("Tus alertas de empleo", "Hola Greta, estas son las nuevas ofertas "
                             "de tu alerta:", _alertas_items, "Gestionar alertas", lang="es",
                             accent="#c2410c"),
     "cte": "qp",
     "headers": [*list_headers("<alertas.empleobcn.example.es>",
                               "https://empleobcn.example.es/alertas/baja/3301",
                               "baja@empleobcn.example.es"), AUTO]},
    {"id": "talentohoy", "kind": X, "scen": "newsletter_interview_tips_es", "lang": "es",
     "company": "", "contact": "",
     "from": ("Talento Hoy", "newsletter@talentohoy.example.es"),
     "date": "2026-07-04 09:00 +0200",
     "subject": "Cómo preparar una entrevista por competencias", "subj_enc": "utf-8-q",
     "text": _entrevista_tips, "html": html_page(paras(_entrevista_tips), "es"), "cte": "qp",
     "headers": list_headers("Talento Hoy <boletin.talentohoy.example.es>",
                             "https://talentohoy.example.es/baja?u=19ab",
                             "baja@talentohoy.example.es")},
    {"id": "pirineu-thanks", "kind": X, "scen": "own_thank_you_es", "lang": "es",
     "company": "", "contact": "", "from": ME,
     "to": [("Laia Puig", "laia.puig@pirineu-outdoor.example.es")],
     "mid": "<pirineu-thanks-0603@mail.example.at>",
     "date": "2026-06-03 20:11 +0200",
     "subject": "Gracias por la entrevista", "text": PIRINEU_THANKS, "cte": "8bit"},
    {"id": "pedido-es", "kind": X, "scen": "order_delayed_lamentablemente", "lang": "es",
     "company": "", "contact": "",
     "from": ("PicoShop", "no-reply@picoshop.example.es"),
     "date": "2026-09-26 10:02 +0200",
     "subject": "Tu pedido ES-558120 se retrasa", "text": _pedido,
     "html": ats_card("PicoShop", "#15803d", paras(_pedido), "PicoShop · mensaje automático",
                      lang="es"), "cte": "base64", "headers": [AUTO]},
    {"id": "carla-rejection", "kind": X, "scen": "friend_own_rejection_es", "lang": "es",
     "company": "", "contact": "carla.gimenez@correo.example.es",
     "from": ("Carla Giménez", "carla.gimenez@correo.example.es"),
     "date": "2026-07-23 22:40 +0200",
     "subject": "me han dicho que no :(", "text": _carla, "cte": "qp"},
    {"id": "ona-ooo", "kind": X, "scen": "out_of_office_es", "lang": "es",
     "company": "", "contact": "marc.soler@onatalent.example.es",
     "from": ("Marc Soler | Ona Talent", "marc.soler@onatalent.example.es"),
     "date": "2026-07-24 09:15 +0200", "reply": "<ona-followup-0724@mail.example.at>",
     "subject": "Respuesta automática: Fuera de la oficina", "subj_enc": "iso-8859-1-q",
     "text": _ooo_es, "charset": "iso-8859-1", "cte": "qp", "headers": [AUTO_REPLY]},
    {"id": "master-es", "kind": X, "scen": "master_admission_not_admitted_es", "lang": "es",
     "company": "", "contact": "",
     "from": ("Admisiones EN Mediterráneo", "no-reply@enmediterraneo.example.es"),
     "date": "2026-07-10 13:00 +0200",
     "subject": "Resolución de admisión – Máster en Comercio Electrónico", "subj_enc": "utf-8-b",
     "text": _master_es, "cte": "qp", "headers": [AUTO]},
    {"id": "babel-level", "kind": X, "scen": "language_school_level_interview_moved",
     "lang": "es", "company": "", "contact": "sofia.navarro@academiababel.example.es",
     "from": ("Sofía Navarro", "sofia.navarro@academiababel.example.es"),
     "date": "2026-06-19 12:48 +0200",
     "subject": "Cambio de hora de tu entrevista de nivel", "text": _babel,
     "charset": "windows-1252", "cte": "qp"},
]

_ = (CANDIDATE_ADDR, forwarded, quote)
