"""Corpus 303: rejections of every shade (hand-written specs)."""

from __future__ import annotations

from msgs303_common import ME

KR = ("Dr. Annette Kessler", "a.kessler@kessler-roth.example.de")
HKL = ("Jörg Thiessen", "j.thiessen@hansakontor.example.de")

MESSAGES = [
    # ------------------------------------------------------------ de
    {
        "id": "weserbus_rej", "kind": "rejection", "lang": "de",
        "company": "Weserbus", "contact": "from",
        "date": "2026-03-03 10:28 +0100",
        "frm": ("Jana Roolfs", "j.roolfs@weserbus.example.de"),
        "subject": "Ihre Bewerbung als Disponent Leitstelle",
        "text": """Hallo Herr Papadakis,

noch einmal vielen Dank für das angenehme Videointerview am 13. Februar und Ihre Geduld.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin
entschieden, die bereits Erfahrung mit unserem rechnergestützten Betriebsleitsystem
mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr Profil hat uns dennoch gefallen. Wenn Sie einverstanden sind, würden wir Ihre Unterlagen
gern für künftige Vakanzen in unserem Pool behalten.

Alles Gute für Sie und beste Grüße
Jana Roolfs
Personalgewinnung
Weserbus GmbH""",
        "html": True, "brand": "Weserbus",
    },
    {
        "id": "nhm_rej", "kind": "rejection", "lang": "de",
        "company": "Nordhessen Mobil", "contact": "",
        "date": "2026-03-27 14:40 +0100",
        "frm": ("Nordhessen Mobil Recruiting", "no-reply@personio.de"),
        "subject": "Rückmeldung zu Ihrer Bewerbung bei Nordhessen Mobil",
        "text": """Hallo Dimitri Papadakis,

vielen Dank für die Zeit, die Sie sich für das Gespräch mit uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit anderen Kandidatinnen
und Kandidaten fortzusetzen, deren Profil noch besser zu den Anforderungen der Position
passt.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Viele Grüße
Ihr Team von Nordhessen Mobil""",
        "html": True, "html_only": True, "cte": "quoted-printable",
    },
    {
        "id": "murtal_rej", "kind": "rejection", "lang": "de",
        "company": "Murtal Linien", "contact": "from",
        "date": "2026-04-15 11:05 +0200",
        "frm": ("Katharina Wallner", "k.wallner@murtal-linien.example.at"),
        "subject": "Ihre Bewerbung – Disponent Fahrdienst",
        "text": """Sehr geehrter Herr Papadakis,

ich hatte Ihnen einen neuen Gesprächstermin versprochen und muss mich nun leider mit einer
anderen Nachricht melden: Die Stelle als Disponent Fahrdienst wurde intern mit einem
langjährigen Kollegen aus dem Fahrdienst besetzt. Ein Gespräch findet daher nicht mehr statt.

Es tut mir leid, dass sich das so ergeben hat. Ich wünsche Ihnen für Ihre weitere Suche viel
Erfolg.

Beste Grüße aus Graz
Katharina Wallner
Murtal Linien GmbH""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "swf_rej", "kind": "rejection", "lang": "de",
        "company": "Stadtwerke Fuldatal", "contact": "from",
        "date": "2026-05-04 09:40 +0200",
        "frm": ("Bernd Vogt", "bernd.vogt@stadtwerke-fuldatal.example.de"),
        "subject": "Ihre Bewerbung als Schichtleiter Netzleitstelle",
        "text": """Sehr geehrter Herr Papadakis,

anbei erhalten Sie unser Schreiben zum Abschluss des Auswahlverfahrens für die Position
Schichtleiter Netzleitstelle (m/w/d).

Mit freundlichen Grüßen
i. A. Bernd Vogt
Personalreferent
Stadtwerke Fuldatal GmbH

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten
bestimmt.""",
        "pdf": [("Schreiben_Papadakis_Bewerbung.pdf", [
            "Stadtwerke Fuldatal - Personal und Organisation",
            "Sehr geehrter Herr Papadakis,",
            "leider muessen wir Ihnen mitteilen, dass wir Ihre Bewerbung",
            "nicht weiter beruecksichtigen koennen. Ihre Unterlagen werden geloescht.",
        ])],
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "rheinknie_rej", "kind": "rejection", "lang": "de",
        "company": "Rheinknie Verkehrsbetriebe", "contact": "",
        "date": "2026-05-06 08:15 +0000",
        "frm": ("Rheinknie Verkehrsbetriebe", "noreply@smartrecruiters.com"),
        "subject": "Ihre Bewerbung als Fachspezialist/in Betriebsplanung",
        "text": """Grüezi Herr Papadakis

Wir danken Ihnen für Ihr Interesse an den Rheinknie Verkehrsbetrieben.

Nach eingehender Prüfung aller Dossiers müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung
nicht weiter berücksichtigen können. Dieser Entscheid ist keine Beurteilung Ihrer Person.

Wir wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse
Rheinknie Verkehrsbetriebe AG
Human Resources""",
        "html": True,
    },
    {
        "id": "brinkmann_rej", "kind": "rejection", "lang": "de",
        "company": "Reisedienst Brinkmann", "contact": "from",
        "date": "2026-02-02 20:11 +0100",
        "frm": ("Heike Brinkmann", "bewerbung@brinkmann-reisen.example.de"),
        "subject": "Re: Bewerbung als Disponent Reiseverkehr",
        "parent": "brinkmann_ack", "quote": True,
        "text": """Hallo Herr Papadakis,

so, wir sind zurück und haben uns Ihre Unterlagen angeschaut. Ehrlich gesagt sind wir
beeindruckt – aber wir haben uns entschlossen, die Disposition künftig unserem langjährigen
Fahrer Uwe zu übergeben, der sich intern beworben hat. Für Sie haben wir also leider keine
Stelle.

Falls Sie mal Lust auf Wochenendfahrten als Reisebusfahrer haben, melden Sie sich gern!

Viele Grüße
Heike Brinkmann""",
    },
    {
        "id": "zeitwerk_rej", "kind": "rejection", "lang": "de",
        "company": "Zeitwerk Personal", "contact": "from",
        "date": "2026-04-24 12:30 +0200",
        "frm": ("Marco Lindemann", "m.lindemann@zeitwerk-personal.example.de"),
        "subject": "Rückmeldung Kunde – Disponent Busbetrieb Celle",
        "text": """Hallo Herr Papadakis,

zu der zweiten Stelle, für die ich Sie vorgeschlagen hatte (Disponent bei einem Busbetrieb
im Raum Celle), habe ich leider eine Absage erhalten: Der Kunde hat sich für einen Bewerber
mit Erfahrung im Schülerverkehr entschieden.

Die Sache mit dem Kunden in Hannover läuft davon unabhängig weiter, dazu melde ich mich
separat.

Viele Grüße
Marco Lindemann
Zeitwerk Personal""",
    },
    {
        "id": "kessler_rej", "kind": "rejection", "lang": "de",
        "company": "Hansa Kontor Logistik", "contact": "from",
        "date": "2026-07-03 18:21 +0200", "frm": KR,
        "subject": "WG: Rückmeldung Teamleitung Disposition",
        "text": """Sehr geehrter Herr Papadakis,

leider habe ich keine guten Nachrichten. Die Hansa Kontor Logistik hat sich nach den
Zweitgesprächen für einen anderen Kandidaten entschieden; die Begründung finden Sie in der
weitergeleiteten Nachricht von Herrn Thiessen.

Ich bedaure das sehr, denn Sie haben einen hervorragenden Eindruck hinterlassen. Gern
spreche ich Sie an, wenn ich ein passendes Mandat habe.

Mit besten Grüßen
Dr. Annette Kessler
Kessler & Roth Personalberatung""",
        "fwd": {
            "id": "kessler_rej_inner", "kind": "rejection", "lang": "de",
            "company": "Hansa Kontor Logistik", "contact": "",
            "date": "2026-07-03 16:02 +0200", "frm": HKL, "to": [KR],
            "subject": "Rückmeldung Teamleitung Disposition",
            "text": """Liebe Frau Kessler,

vielen Dank für die Vorauswahl. Herr Papadakis war im Gespräch sehr sympathisch und
fachlich sattelfest in der operativen Disposition. Für die Teamleitung fehlt uns aber die
Führungserfahrung mit mehr als zehn Mitarbeitenden; wir haben uns daher für Herrn Albers
entschieden. Bitte sagen Sie ihm in unserem Namen ab.

Viele Grüße
Jörg Thiessen
Leiter Transportmanagement
Hansa Kontor Logistik GmbH""",
        },
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "personalwerk_rej", "kind": "rejection", "lang": "de",
        "company": "Personalwerk Nord", "contact": "from",
        "date": "2026-07-20 09:14 +0200",
        "frm": ("Sabine Hoffmeister", "s.hoffmeister@personalwerk-nord.example.de"),
        "subject": "Stelle Schichtdisponent Hemelingen",
        "text": """Moin Herr Papadakis,

danke für Ihren Rückruf und die Erklärung wegen des Termins. Leider hat unser Kunde die
Stelle als Schichtdisponent inzwischen anderweitig besetzt, sodass ich Sie dort nicht mehr
vorstellen kann.

Ich habe Sie aber in unserer Kartei und melde mich, wenn etwas Passendes reinkommt.

Moin moin
Sabine Hoffmeister
Personalwerk Nord GmbH""",
        "cs": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "id": "vgu_rej", "kind": "rejection", "lang": "de",
        "company": "Verkehrsverbund Graz-Umland", "contact": "",
        "date": "2026-06-19 07:02 +0000",
        "frm": ("Verkehrsverbund Graz-Umland", "no-reply@recruitee.com"),
        "subject": "Ihre Bewerbung beim Verkehrsverbund Graz-Umland",
        "text": """Sehr geehrter Herr Papadakis,

danke für das Gespräch am 5. Juni. Wir haben uns nach reiflicher Überlegung für eine
Bewerberin entschieden, deren Erfahrung mit österreichischen Verbundtarifen und der
Fahrplansoftware unseres Verbunds besser zu unseren aktuellen Anforderungen passt.

Wir bedanken uns für Ihr Interesse und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Das Recruiting-Team
Verkehrsverbund Graz-Umland""",
        "html": True, "html_only": True, "cte": "base64",
    },
    {
        "id": "regiotakt_rej", "kind": "rejection", "lang": "de",
        "company": "RegioTakt Nordhessen", "contact": "",
        "date": "2026-01-28 09:00 +0000",
        "frm": ("RegioTakt Nordhessen", "noreply@softgarden.io"),
        "subject": "Information zu Ihrer Bewerbung: Disponent Eisenbahnbetrieb",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Bewerbung als Disponent Eisenbahnbetrieb (m/w/d).

Aufgrund einer Neuausrichtung unseres Fahrplankonzepts für den Dezember-Fahrplanwechsel
wird die ausgeschriebene Stelle vorerst nicht besetzt. Wir werden das Bewerbungsverfahren
daher nicht fortführen und Ihre Unterlagen nicht weiter berücksichtigen.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
RegioTakt Nordhessen GmbH
Personalabteilung""",
        "html": True, "cte": "quoted-printable", "subj_enc": ("utf-8", "B"),
    },
    {
        "id": "weserport_rej", "kind": "rejection", "lang": "de",
        "company": "Weserport Logistik", "contact": "",
        "date": "2026-03-30 15:45 +0000",
        "frm": ("Weserport Logistik", "notifications@bamboohr.com"),
        "subject": "Ihre Bewerbung bei Weserport Logistik",
        "text": """Hallo Dimitri,

danke für Ihre Bewerbung als Transportdisponent (m/w/d) bei Weserport Logistik.

Wir haben alle Bewerbungen sorgfältig geprüft. Leider sind Sie in dieser Runde nicht in die
engere Auswahl gekommen.

Wir wünschen Ihnen viel Erfolg bei Ihrer Jobsuche.

Beste Grüße
Team Weserport Logistik""",
    },
    {
        "id": "steirerland_rej", "kind": "rejection", "lang": "de",
        "company": "Steirerland Reisen", "contact": "from",
        "date": "2026-04-30 16:33 +0200",
        "frm": ("Florian Hödl", "f.hoedl@steirerland-reisen.example.at"),
        "subject": "Ihre Bewerbung – Disposition Reisebusse",
        "text": """Sehr geehrter Herr Papadakis,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Steirerland Reisen.

Wir haben uns für Kandidaten entschieden, deren Erfahrung enger mit den Anforderungen der
Stelle übereinstimmt, insbesondere im Bereich Gruppenreisen und Hotelkontingente. Wir
bedauern, Ihnen keine positive Nachricht übermitteln zu können.

Mit freundlichen Grüßen
Florian Hödl
Geschäftsführung
Steirerland Reisen GmbH · Annenstraße 23 · 8020 Graz
+43 316 72 11 90""",
        "name_enc": ("iso-8859-1", "Q"), "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "dreiland_rej", "kind": "rejection", "lang": "de",
        "company": "Dreiland Bus", "contact": "",
        "date": "2026-07-10 11:20 +0000",
        "frm": ("Dreiland Bus", "no-reply@greenhouse-mail.io"),
        "subject": "Update zu Ihrer Bewerbung bei Dreiland Bus",
        "text": """Guten Tag Herr Papadakis

Wir möchten Sie darüber informieren, dass wir das Rekrutierungsverfahren für die Stelle
Leitstellendisponent/in Grenzverkehr bis auf Weiteres sistiert haben. Wir werden Ihre
Bewerbung deshalb nicht weiterverfolgen.

Sollte die Stelle zu einem späteren Zeitpunkt erneut ausgeschrieben werden, freuen wir uns
über eine neue Bewerbung.

Freundliche Grüsse
Dreiland Bus AG""",
        "html": True,
    },
    {
        "id": "leineheide_rej", "kind": "rejection", "lang": "de",
        "company": "Leine-Heide Bus", "contact": "",
        "date": "2026-08-11 13:00 +0000",
        "frm": ("Leine-Heide Bus Recruiting", "no-reply@personio.de"),
        "subject": "Absage: Ihre Bewerbung als Betriebsplaner (m/w/d)",
        "text": """Hallo Dimitri Papadakis,

vielen Dank für Ihr Interesse an Leine-Heide Bus. Leider müssen wir Ihnen mitteilen, dass
wir Ihre Bewerbung als Betriebsplaner (m/w/d) nicht berücksichtigen können.

Wir wünschen Ihnen viel Erfolg und alles Gute.

Viele Grüße
Ihr Leine-Heide Bus Team""",
        "cte": "base64", "subj_enc": ("iso-8859-1", "B"),
    },
    {
        "id": "ostendorf_rej", "kind": "rejection", "lang": "de",
        "company": "Spedition Ostendorf", "contact": "from",
        "date": "2026-09-08 08:49 +0200",
        "frm": ("Petra Ostendorf", "p.ostendorf@spedition-ostendorf.example.de"),
        "parent": "own_ostendorf_status", "quote": "outlook",
        "subject": "AW: Nachfrage Bewerbung Disponent Nahverkehr",
        "text": """Guten Morgen Herr Papadakis,

entschuldigen Sie bitte die späte Antwort. Die Stelle als Disponent wurde Ende August intern
besetzt – ein Kollege aus dem Lager ist nachgerückt. Wir hätten Ihnen früher Bescheid geben
sollen.

Für Ihre weitere Suche wünschen wir Ihnen alles Gute.

Freundliche Grüße
Petra Ostendorf
Personal
Spedition Ostendorf GmbH & Co. KG
Ludwig-Roselius-Allee 120, 28329 Bremen
Tel. 0421 4689 20""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ en
    {
        "id": "orbis_rej", "kind": "rejection", "lang": "en",
        "company": "Orbis Ground Handling", "contact": "",
        "date": "2026-04-15 14:08 +0000",
        "frm": ("Orbis Ground Handling", "no-reply@greenhouse-mail.io"),
        "subject": "Update on your application to Orbis Ground Handling",
        "text": """Hi Dimitri,

Thank you for your interest in the Turnaround Coordinator role and for your patience while
we rearranged our interviews.

After careful review, we've decided to move forward with candidates whose experience more
closely matches the current needs of the team. We appreciate the time you invested and
encourage you to apply for future openings.

Best wishes,
The Orbis Talent Team""",
        "html": True, "cte": "quoted-printable",
    },
    {
        "id": "cobalt_rej", "kind": "rejection", "lang": "en",
        "company": "Cobalt Mobility", "contact": "reply",
        "date": "2026-05-22 16:55 +0000",
        "frm": ("Elena Novak from Cobalt Mobility", "no-reply@ashbyhq.com"),
        "reply": ("Elena Novak", "elena.novak@cobalt-mobility.example.ch"),
        "subject": "Your application for Operations Analyst, Transit Planning",
        "text": """Hi Dimitri,

Thanks again for taking the case interview last week. The team enjoyed your practical take
on driver rostering.

I'm sorry to say we won't be moving forward with your application. We were looking for
somebody with more hands-on experience in Python-based timetable tooling, and another
candidate was a closer fit.

If you'd like more detailed feedback, just reply to this email and I'll share our notes.

All the best,
Elena Novak
Talent Lead, Cobalt Mobility""",
        "html": True,
    },
    {
        "id": "meridian_rej", "kind": "rejection", "lang": "en",
        "company": "Meridian Freight", "contact": "",
        "date": "2026-08-10 10:10 +0000",
        "frm": ("Meridian Freight", "no-reply@hire.lever.co"),
        "subject": "Linehaul Dispatcher – position filled",
        "text": """Dimitri,

Thank you for your interest in the Linehaul Dispatcher position at Meridian Freight.

We wanted to let you know that the position has now been filled, so we are closing your
application. We will keep your details on file and may be in touch about future roles.

Kind regards,
Meridian Freight Recruiting""",
    },
    {
        "id": "northgate_rej", "kind": "rejection", "lang": "en",
        "company": "Harbourline Logistics", "contact": "from",
        "date": "2026-09-04 12:17 +0100",
        "frm": ("Priya Raman", "priya.raman@northgate-talent.example.co.uk"),
        "subject": "Harbourline feedback",
        "text": """Hi Dimitri,

I've had feedback from Harbourline Logistics after your rescheduled interview on Monday.
Frank liked your hands-on approach, but they have decided not to progress your application:
they want someone who has already run a night shift of 40+ warehouse staff.

Sorry it isn't better news. I'll keep you in mind for other operations roles in northern
Germany.

Best,
Priya Raman
Northgate Talent Partners""",
        "cte": "quoted-printable",
    },
    {
        "id": "skylink_rej", "kind": "rejection", "lang": "en",
        "company": "Skylink Airport Shuttles", "contact": "",
        "date": "2026-06-05 05:30 +0000",
        "frm": ("Skylink Airport Shuttles", "skylink@taleo.net"),
        "subject": "Job requisition 2611 cancelled",
        "text": """Dear Dimitri Papadakis,

Thank you for your application for Shuttle Operations Controller (requisition 2611).

Due to a change in our contract with the airport operator, this requisition has been
cancelled, so we will not proceed with your application. We apologise for any inconvenience.

Sincerely,
Skylink Airport Shuttles Human Resources

Please do not reply to this message.""",
        "html": True, "html_only": True,
    },
    # ------------------------------------------------------------ fr
    {
        "id": "trs_rej", "kind": "rejection", "lang": "fr",
        "company": "Transports Rhône-Saône", "contact": "from",
        "date": "2026-06-19 11:36 +0200",
        "frm": ("Nadia Benali", "n.benali@trs-lyon.example.fr"),
        "subject": "Suite à votre entretien – Régulateur PC Bus",
        "text": """Bonjour Monsieur Papadakis,

Nous vous remercions pour l'entretien du 9 juin et pour l'intérêt que vous portez à
Transports Rhône-Saône.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature : nous avons
retenu un profil connaissant déjà le réseau lyonnais et le système d'aide à l'exploitation
que nous utilisons.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Nadia Benali
Chargée de recrutement
Transports Rhône-Saône""",
        "html": True, "cte": "quoted-printable",
    },
    {
        "id": "beaujolais_rej", "kind": "rejection", "lang": "fr",
        "company": "Cars du Beaujolais", "contact": "from",
        "date": "2026-07-09 17:02 +0200",
        "frm": ("Sylvie Marchand", "s.marchand@cars-beaujolais.example.fr"),
        "subject": "Votre candidature – exploitant transport de voyageurs",
        "text": """Monsieur,

Nous vous remercions d'être venu passer la journée d'essai du 2 juillet avec notre service
exploitation.

M. Lambert a beaucoup apprécié votre sens de l'organisation. Cependant, nous avons
finalement retenu un candidat de la région qui connaît déjà nos lignes scolaires. Nous ne
pouvons donc pas vous proposer le poste.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Sylvie Marchand
Ressources humaines, Cars du Beaujolais""",
        "cs": "iso-8859-1", "cte": "8bit",
    },
    {
        "id": "confluence_rej", "kind": "rejection", "lang": "fr",
        "company": "Logistique Confluence", "contact": "",
        "date": "2026-07-06 08:40 +0000",
        "frm": ("Logistique Confluence", "no-reply@hire.lever.co"),
        "subject": "Votre candidature au poste de Planificateur transport",
        "text": """Bonjour Dimitri,

Nous vous remercions de l'intérêt que vous portez à Logistique Confluence.

Après une étude attentive de votre candidature, nous sommes au regret de vous informer que
celle-ci n'a pas été retenue pour la suite du processus.

Nous conservons votre profil et ne manquerons pas de vous recontacter si une opportunité
correspondant à vos compétences se présente.

Cordialement,
L'équipe recrutement""",
        "cte": "base64",
    },
    {
        "id": "lyonest_rej", "kind": "rejection", "lang": "fr",
        "company": "Régie Lyon-Est Énergie", "contact": "",
        "date": "2026-08-20 13:30 +0000",
        "frm": ("Régie Lyon-Est Énergie", "noreply@successfactors.eu"),
        "subject": "Information sur votre candidature – Opérateur de conduite réseau",
        "text": """Madame, Monsieur,

Nous vous remercions pour votre candidature au poste d'Opérateur de conduite réseau.

Nous vous informons que ce recrutement est suspendu en raison d'une réorganisation de notre
centre de conduite. Le processus est donc clos et votre candidature ne sera pas poursuivie.

Nous vous remercions de votre compréhension.

La Direction des ressources humaines
Régie Lyon-Est Énergie""",
        "html": True, "name_enc": ("utf-8", "B"), "cs": "iso-8859-1",
        "cte": "quoted-printable",
    },
    {
        "id": "presquile_rej", "kind": "rejection", "lang": "fr",
        "company": "Logistique Confluence", "contact": "from",
        "date": "2026-08-03 10:25 +0200",
        "frm": ("Mathilde Roussel", "m.roussel@interim-presquile.example.fr"),
        "subject": "Retour de Logistique Confluence",
        "text": """Bonjour Monsieur Papadakis,

Merci pour votre appel et vos explications concernant le rendez-vous manqué. J'ai transmis à
Logistique Confluence, mais le client a préféré ne pas donner suite et a confié la mission à
un autre intérimaire.

Je garde votre dossier actif et je vous recontacte dès qu'une mission d'exploitation se
libère.

Bien cordialement,
Mathilde Roussel
Intérim Presqu'île""",
        "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ es
    {
        "id": "translevante_rej", "kind": "rejection", "lang": "es",
        "company": "TransLevante", "contact": "",
        "date": "2026-09-01 09:05 +0000",
        "frm": ("TransLevante", "noreply@workablemail.com"),
        "subject": "Actualización sobre tu candidatura en TransLevante",
        "text": """Hola Dimitri,

Gracias por tu interés en el puesto de Jefe/a de Tráfico y por tu tiempo durante el proceso.

Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil
se ajusta más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Saludos,
Equipo de Selección de TransLevante""",
        "html": True, "html_only": True,
    },
    {
        "id": "lt_rej", "kind": "rejection", "lang": "es",
        "company": "Levante Talento", "contact": "from",
        "date": "2026-09-21 13:44 +0200",
        "frm": ("Carmen Ortiz", "c.ortiz@levantetalento.example.es"),
        "subject": "Vacante de planificador/a de rutas",
        "text": """Hola Dimitri,

Te escribo para contarte que la empresa cliente ya ha cubierto la vacante de planificador/a
de rutas, así que no podemos seguir adelante con tu candidatura para este puesto.

Te mantengo en nuestra base de datos para próximas ofertas.

Un abrazo,
Carmen Ortiz
Levante Talento ETT""",
    },
    {
        "id": "rampa_rej", "kind": "rejection", "lang": "es",
        "company": "Rampa Levante", "contact": "from",
        "date": "2026-09-25 12:12 +0200",
        "frm": ("Javier Soler", "j.soler@rampa-levante.example.es"),
        "subject": "Resultado del proceso – Coordinador/a de rampa",
        "text": """Estimado Dimitri:

Le agradecemos su participación en la jornada de evaluación del 15 de septiembre.

Lamentamos comunicarle que, en esta ocasión, no ha sido seleccionado para el puesto de
Coordinador/a de operaciones de rampa. El resultado de la prueba de planificación fue bueno,
pero hemos optado por un perfil con experiencia previa en handling aeroportuario.

Le deseamos mucho éxito en su futuro profesional.

Atentamente,
Javier Soler
Jefe de Operaciones
Rampa Levante Servicios Aeroportuarios""",
        "cs": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "albufera_rej", "kind": "rejection", "lang": "es",
        "company": "Grupo Logístico Albufera", "contact": "from",
        "date": "2026-06-16 09:27 +0200",
        "frm": ("Selección Grupo Albufera", "seleccion@grupoalbufera.example.es"),
        "parent": "own_albufera_app", "quote": "outlook",
        "subject": "RE: Candidatura – Responsable de tráfico nocturno",
        "text": """Buenos días, Dimitri:

Gracias por enviarnos tu currículum. Hemos revisado tu candidatura con interés, pero
lamentablemente no encaja con el perfil que necesitamos: buscamos a alguien con experiencia
en gestión de almacén y conocimientos de SGA.

Te deseamos lo mejor en tu búsqueda.

Saludos cordiales,
Departamento de Selección
Grupo Logístico Albufera, S.L.
Polígono Fuente del Jarro, c/ Ciudad de Sevilla 14, 46988 Paterna

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a
su destinatario.""",
        "cs": "windows-1252", "cte": "quoted-printable", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "id": "calderona_rej", "kind": "rejection", "lang": "es",
        "company": "Autocares Sierra Calderona", "contact": "from",
        "date": "2026-05-14 18:30 +0200",
        "frm": ("Vicente Martí", "vmarti@autocares-calderona.example.es"),
        "subject": "Proceso de selección de jefe de tráfico",
        "text": """Hola Dimitri:

Te escribo para informarte de que hemos suspendido el proceso de selección para el puesto de
jefe de tráfico: la empresa está en plena negociación de la venta a un grupo mayor y no vamos
a incorporar a nadie hasta que se cierre. Por eso no seguiremos adelante con tu candidatura.

Siento no poder darte otra respuesta. Gracias por tu interés.

Vicente Martí
Gerente
Autocares Sierra Calderona
Náquera (Valencia)""",
        "cte": "8bit",
    },
]

_ = ME
