# ruff: noqa
"""Corpus 243, hand-written: application acknowledgements (21) and offers (10)."""

from msgs243_common import ats_card, outlook, paras, quote, word_html

A = "application_received"
O = "offer"

_a1 = """Sehr geehrter Herr Ferncastle-Diop,

herzlichen Dank für Ihre Bewerbung als Junior-Disponent Landverkehre. Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von der Fachabteilung gesichtet.

Bitte haben Sie Verständnis, dass wir aufgrund der Vielzahl an Bewerbungen leider nicht jedem Bewerber einzeln eine Zwischennachricht senden können. Sie hören innerhalb von drei Wochen von uns.

Ihr Personalteam der Isarfracht Spedition"""

_e1 = """Hola Aurelio:

Hemos recibido tu CV para la vacante de coordinador de tráfico portuario. Lo revisaremos con el equipo de operaciones durante los próximos días y te diremos algo antes de final de mes.

Gracias por pensar en nosotros.

Montse Vila
Selección · Logística Portuaria Montjuïc"""

MESSAGES = [
    # ================================================================ acknowledgements, German
    dict(kind=A, lang="de", name="isarfracht_softgarden_ack", company="Isarfracht Spedition",
         contact="", id="A1",
         **{"from": "Isarfracht Spedition <noreply@softgarden.io>"},
         subject="Eingangsbestätigung Ihrer Bewerbung – Junior-Disponent Landverkehre",
         date="2026-02-03 19:02 +0100", text=_a1,
         html=ats_card("Isarfracht Spedition", "#1565c0", paras(_a1),
                       "Versendet mit softgarden. Bitte antworten Sie nicht auf diese E-Mail.")),
    dict(kind=A, lang="de", name="alpenkurier_personio_ack", company="Alpenkurier", contact="",
         id="B1", cte="base64",
         **{"from": "Alpenkurier Karriere <no-reply@personio.de>"},
         subject="Danke für Ihre Bewerbung bei Alpenkurier!",
         date="2026-03-05 07:44 +0100",
         text="""Hallo Aurelio,

vielen Dank für Ihre Bewerbung als Disponent (m/w/d) Nachtdisposition Augsburg. Wir haben sie erhalten und melden uns, sobald wir Ihre Unterlagen geprüft haben.

Sportliche Grüße
Ihr Alpenkurier-Team"""),
    dict(kind=A, lang="de", name="salzach_registration", company="Salzach Personal",
         contact="s.aigner@salzach-personal.example.at", id="H1",
         **{"from": "Sabine Aigner <s.aigner@salzach-personal.example.at>"},
         subject="Willkommen bei Salzach Personal – Ihre Registrierung",
         date="2026-09-01 11:30 +0200",
         text="""Guten Tag Herr Ferncastle-Diop,

schön, dass Sie sich bei uns registriert haben! Ihr Bewerberprofil für den Bereich Lager & Disposition ist angelegt, Ihr Lebenslauf liegt mir vor.

Ich sehe mir in den nächsten Tagen an, welche unserer Kunden im Raum Salzburg zu Ihnen passen könnten, und melde mich dann telefonisch.

Liebe Grüße
Sabine Aigner
Personalberaterin · Salzach Personal GmbH
Ignaz-Harrer-Straße 30 · 5020 Salzburg · +43 662 555 3300"""),
    dict(kind=A, lang="de", name="tatkraft_portal_registration", company="Tatkraft Personal",
         contact="", charset="iso-8859-1",
         **{"from": "Tatkraft Personal <no-reply@tatkraft.example.de>"},
         subject="Ihre Registrierung im Bewerberportal",
         date="2026-04-24 22:15 +0200",
         text="""Hallo Aurelio Ferncastle-Diop,

Ihre Registrierung im Bewerberportal von Tatkraft Personal war erfolgreich. Ihr Lebenslauf wurde gespeichert; eine Personaldisponentin aus der Niederlassung München wird sich bei Ihnen melden.

Dies ist eine automatisch erzeugte Nachricht."""),
    dict(kind=A, lang="de", name="brandl_workday_ack", company="Kaufhaus Brandl", contact="",
         **{"from": "Kaufhaus Brandl Karriere <brandl@myworkday.com>"},
         subject="Wir haben Ihre Bewerbung erhalten",
         date="2026-01-05 10:12 +0100",
         html=ats_card("Kaufhaus Brandl", "#7a1f2b", paras("""Sehr geehrter Herr Ferncastle-Diop,

vielen Dank für Ihr Interesse an der Position Disponent Warenlogistik (m/w/d). Ihre Bewerbung ist in unserem System eingegangen.

Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenkonto einsehen."""),
             "Diese Nachricht wurde automatisch über Workday versendet.")),
    dict(kind=A, lang="de", name="voralpen_successfactors_ack", company="Voralpen Paketnetz",
         contact="", cte="base64",
         **{"from": "Voralpen Paketnetz Recruiting <noreply@successfactors.eu>"},
         subject="Bewerbungseingang: Nachwuchsdisponent (m/w/d) – Ref. VP-2026-031",
         date="2026-03-30 15:01 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle Nachwuchsdisponent (m/w/d), Referenz VP-2026-031.

Der Auswahlprozess besteht aus einer Vorauswahl, einem Assessment Center und einem Abschlussgespräch. Über den nächsten Schritt informieren wir Sie per E-Mail.

Voralpen Paketnetz – Personalmarketing"""),
    dict(kind=A, lang="de", name="wuermtal_cv_received", company="Würmtal Paketdienst",
         contact="i.seidl@wuermtal-paket.example.de",
         **{"from": "Irmgard Seidl <i.seidl@wuermtal-paket.example.de>"},
         subject="Ihr Lebenslauf",
         date="2026-04-20 12:03 +0200",
         text="""Guten Tag Herr Ferncastle-Diop,

Ihr Lebenslauf ist gut bei mir angekommen, danke. Unser Niederlassungsleiter ist bis Ende nächster Woche im Urlaub; danach schauen wir uns Ihre Bewerbung gemeinsam an.

Freundliche Grüße
Irmgard Seidl
Personal & Lohn, Würmtal Paketdienst
Gautinger Str. 9, 82152 Planegg"""),
    dict(kind=A, lang="de", name="untersberg_recruitee_ack", company="Untersberg Air Handling",
         contact="",
         **{"from": "Untersberg Air Handling <no-reply@jobs.recruitee.com>"},
         subject="Bewerbung eingegangen: Mitarbeiter:in Ladeplanung",
         date="2026-08-31 09:09 +0200",
         text="""Hallo Aurelio,

danke, dass Sie sich für die Stelle Mitarbeiter:in Ladeplanung am Flughafen Salzburg interessieren. Wir haben Ihre Bewerbung erhalten.

Unser Team prüft alle Unterlagen sorgfältig. Aufgrund der hohen Zahl an Zuschriften ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten – wenn Ihr Profil passt, melden wir uns innerhalb von 14 Tagen bei Ihnen.

Ihr Team von Untersberg Air Handling"""),
    dict(kind=A, lang="de", name="wipkingen_smartrecruiters_ack", company="Grossmarkt Wipkingen",
         contact="", charset="windows-1252", cte="quoted-printable",
         **{"from": "Grossmarkt Wipkingen <noreply@smartrecruiters.com>"},
         subject="Danke für Ihre Bewerbung – Logistikkoordinator",
         date="2026-07-24 20:48 +0200",
         html="""<html><body style="font-family:Arial">
<p>Guten Tag Herr Ferncastle-Diop</p>
<p>Besten Dank für Ihr Interesse an der Position „Logistikkoordinator“ in unserem Verteilzentrum Zürich-Nord. Ihre Unterlagen sind vollständig eingegangen.</p>
<p>Wir prüfen alle Dossiers in den nächsten zwei bis drei Wochen – bitte sehen Sie bis dahin von Rückfragen ab.</p>
<p>Freundliche Grüsse<br>Grossmarkt Wipkingen – HR Services</p>
</body></html>"""),
    dict(kind=A, lang="de", name="khsearch_cv_received", company="Kessler & Huber",
         contact="l.fischer@kh-search.example.de",
         **{"from": "Laura Fischer <l.fischer@kh-search.example.de>"},
         subject="Eingang Ihrer Unterlagen – Mandat Leitstand Süd",
         date="2026-09-18 10:20 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

im Auftrag von Frau Dr. Kessler bestätige ich den Eingang Ihres Lebenslaufs und Ihrer Zeugnisse für das Mandat „Leitstand Süd“. Frau Dr. Kessler wird Ihre Unterlagen in der kommenden Woche sichten.

Mit freundlichen Grüßen
Laura Fischer
Assistenz der Partner
Kessler & Huber Executive Search · Maximilianstraße 31 · 80539 München · +49 89 555 7400"""),
    # ================================================================ acknowledgements, English
    dict(kind=A, lang="en", name="liffey_greenhouse_ack", company="Liffey Air Services", contact="",
         **{"from": "Liffey Air Services <no-reply@greenhouse-mail.io>"},
         subject="Thanks for applying to Liffey Air Services",
         date="2026-04-01 23:10 +0100",
         text="""Hi Aurelio,

Thanks for applying for the Ramp Dispatch Coordinator position. Our team will review your application and, if there's a match, someone will be in touch to arrange next steps.

Liffey Air Services Talent Team""",
         html=ats_card("Liffey Air Services", "#00695c", paras("""Hi Aurelio,

Thanks for applying for the Ramp Dispatch Coordinator position. Our team will review your application and, if there's a match, someone will be in touch to arrange next steps."""),
             "Sent via Greenhouse")),
    dict(kind=A, lang="en", name="dockside_lever_ack", company="Dockside Freight", contact="",
         **{"from": "Dockside Freight <no-reply@hire.lever.co>"},
         subject="We've received your application - Freight Operations Dispatcher",
         date="2026-02-02 18:33 +0000",
         text="""Hi Aurelio,

This is a quick note to confirm we have received your application for Freight Operations Dispatcher (Dublin). There's nothing more you need to do for now.

Cheers,
Dockside Freight"""),
    dict(kind=A, lang="en", name="harcourt_registration", company="Harcourt Supply Chain Search",
         contact="siobhan.dunne@harcourt-search.example.ie",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="Welcome to Harcourt Supply Chain Search",
         date="2026-05-27 14:00 +0100",
         text="""Hello Aurelio,

Thanks for sending your CV over - you're now registered with us, and I'll be your consultant for warehouse and transport planning roles around Dublin.

I'll review your profile against the mandates we have open and call you this week.

Siobhan Dunne
Principal Consultant | Harcourt Supply Chain Search
14 Harcourt Street, Dublin 2 | +353 1 555 0190"""),
    dict(kind=A, lang="en", name="dublinport_icims_ack", company="Dublin Port Cold Chain",
         contact="",
         **{"from": "Dublin Port Cold Chain Careers <careers-noreply@icims.com>"},
         subject="Application received: Transport Planner (2026-0417)",
         date="2026-04-15 07:02 +0100",
         text="""Dear Aurelio,

Thank you for your application for Transport Planner (Requisition 2026-0417), which we received today.

We receive a very large number of applications and unfortunately we cannot reply to every applicant individually. If you are shortlisted, a member of our HR team will contact you within three weeks.

Human Resources
Dublin Port Cold Chain"""),
    dict(kind=A, lang="en", name="parcelhop_ashby_ack_html", company="Parcelhop", contact="",
         **{"from": "Parcelhop Hiring <no-reply@ashbyhq.com>"},
         subject="Application received: Hub Dispatcher (Munich)",
         date="2026-08-16 12:45 +0200",
         html=ats_card("Parcelhop", "#111827", paras("""Hey Aurelio,

Your application for Hub Dispatcher (Munich) just landed in our inbox. Thanks!

We read every application ourselves, so give us a week or two."""), "Powered by Ashby")),
    # ================================================================ acknowledgements, French
    dict(kind=A, lang="fr", name="rhenan_accuse_reception", company="Rhénan Transports",
         contact="", id="D1",
         **{"from": "Rhénan Transports <no-reply@rhenan-transports.example.fr>"},
         subject="Accusé de réception de votre candidature",
         date="2026-05-06 08:30 +0200",
         text="""Bonjour,

Nous accusons réception de votre candidature au poste d'affréteur et vous en remercions. Notre équipe l'étudiera dans les meilleurs délais.

Rhénan Transports – Ressources humaines"""),
    dict(kind=A, lang="fr", name="entzheim_taleo_ack", company="Entzheim Assistance Sol",
         contact="", charset="iso-8859-1", hdr_cs="iso-8859-1",
         **{"from": "Entzheim Assistance Sol <noreply@taleo.net>"},
         subject="Confirmation de dépôt de candidature (réf. 4471)",
         date="2026-02-26 21:40 +0100",
         text="""Madame, Monsieur,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Coordinateur escale (réf. 4471).

En raison du nombre important de candidatures, seules les personnes retenues pour un entretien seront contactées.

Le service Recrutement
Entzheim Assistance Sol"""),
    dict(kind=A, lang="fr", name="cathedrale_inscription", company="Cathédrale Intérim",
         contact="t.kuntz@cathedrale-interim.example.fr",
         **{"from": "Thomas Kuntz <t.kuntz@cathedrale-interim.example.fr>"},
         subject="Votre inscription chez Cathédrale Intérim",
         date="2026-05-11 16:16 +0200",
         text="""Bonjour Monsieur Ferncastle-Diop,

Suite à votre passage en agence, votre inscription est validée : votre CV et vos pièces justificatives sont enregistrés dans notre fichier.

Ma collègue Julie Schaeffer, spécialisée transport et logistique, prendra le relais pour vous proposer des missions.

Cordialement,
Thomas Kuntz
Responsable d'agence – Cathédrale Intérim
4 place Gutenberg, 67000 Strasbourg"""),
    # ================================================================ acknowledgements, Spanish
    dict(kind=A, lang="es", name="montjuic_cv_recibido", company="Logística Portuaria Montjuïc",
         contact="montse.vila@lpmontjuic.example.es", id="E1",
         **{"from": "Montse Vila <montse.vila@lpmontjuic.example.es>"},
         subject="Hemos recibido tu CV", date="2026-06-03 09:27 +0200", text=_e1),
    dict(kind=A, lang="es", name="prat_smartrecruiters_ack", company="El Prat Handling Serveis",
         contact="", hdr_mode="b",
         **{"from": "El Prat Handling Serveis <noreply@smartrecruiters.com>"},
         subject="Confirmación: hemos recibido tu candidatura",
         date="2026-06-11 10:05 +0200",
         text="""Hola Aurelio:

Gracias por inscribirte en la oferta de Coordinador/a de operaciones de rampa. Tu candidatura se ha registrado correctamente.

Debido al elevado número de candidaturas, no podemos responder de forma individual a cada persona; si tu perfil encaja, te contactaremos.

Equipo de Selección · El Prat Handling Serveis"""),
    dict(kind=A, lang="es", name="eixample_alta_ett", company="Eixample Temporal",
         contact="marc.soler@eixample-temporal.example.es",
         **{"from": "Marc Soler <marc.soler@eixample-temporal.example.es>"},
         subject="Alta en Eixample Temporal",
         date="2026-08-20 13:13 +0200",
         text="""Hola Aurelio:

Ya estás dado de alta en nuestra base de candidatos. He adjuntado tu CV a tu ficha y he anotado tu disponibilidad para turnos de mañana y tarde.

En cuanto tenga una oferta de logística que encaje, te escribo.

Marc Soler
Consultor · Eixample Temporal ETT"""),
    # ================================================================ offers
    dict(kind=O, lang="de", name="isarfracht_offer_pdf", company="Isarfracht Spedition",
         contact="v.obermaier@isarfracht.example.de", id="A5", parent="A4",
         pdf=("Vertragsangebot_Ferncastle-Diop.pdf", ["Isarfracht Spedition GmbH",
              "Vertragsangebot fuer Herrn Aurelio Ferncastle-Diop", "Position: Junior-Disponent Landverkehre",
              "Beginn: 1. April 2026", "Bruttojahresgehalt: 41.500 EUR", "Probezeit: 6 Monate"]),
         **{"from": "Obermaier, Verena <v.obermaier@isarfracht.example.de>"},
         subject="Ihr Vertragsangebot – Junior-Disponent Landverkehre",
         date="2026-03-02 15:05 +0100",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir freuen uns sehr, Ihnen die Position als Junior-Disponent Landverkehre anbieten zu können. Im Anhang finden Sie unser Vertragsangebot mit Gehalt, Arbeitszeit und Eintrittsdatum.

Bitte lassen Sie uns Ihre Entscheidung bis zum 9. März wissen. Für Fragen zum Vertrag stehe ich Ihnen gern zur Verfügung.

Herzliche Grüße
Verena Obermaier
Personalreferentin · Isarfracht Spedition GmbH
Frankfurter Ring 150 · 80807 München · +49 89 555 6620

""" + quote("""Sehr geehrte Frau Obermaier,

vielen Dank für das ausführliche Gespräch am Donnerstag. Besonders die Einblicke in die Italienverkehre über den Brenner haben mich begeistert.

Mit freundlichen Grüßen
Aurelio Ferncastle-Diop""", "Am 20.02.2026 um 09:15 schrieb Aurelio Ferncastle-Diop <aurelio.fd@example.it>:")),
    dict(kind=O, lang="de", name="inntal_verbal_offer_followup", company="Inntal Spedition",
         contact="h.kofler@inntal-spedition.example.at", id="G3", parent="G2",
         **{"from": "Hannes Kofler <h.kofler@inntal-spedition.example.at>"},
         subject="Unser Telefonat von heute – Angebot",
         date="2026-08-25 17:20 +0200",
         text="""Grüß Gott Herr Ferncastle-Diop,

wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir möchten Sie als Disponent im Nahverkehr einstellen, Beginn 1. Oktober, 38,5 Stunden, Einstufung laut KV Güterbeförderung mit Überzahlung wie besprochen.

Den Dienstvertrag schickt Ihnen unsere Lohnverrechnung diese Woche zu. Ich freue mich auf die Zusammenarbeit!

Hannes Kofler
Fuhrparkleitung, Inntal Spedition GmbH"""),
    dict(kind=O, lang="de", name="tatkraft_contract_signature", company="Tatkraft Personal",
         contact="m.hoelzl@tatkraft.example.de", hdr_cs="iso-8859-1",
         pdf=("Arbeitsvertrag_Tatkraft_Ferncastle-Diop.pdf", ["Tatkraft Personal GmbH",
              "Arbeitsvertrag (Arbeitnehmerueberlassung)", "Arbeitnehmer: Aurelio Ferncastle-Diop",
              "Taetigkeit: Disponent Tourenplanung", "Einsatzbeginn: 1. Juni 2026"]),
         **{"from": "Miriam Hölzl <m.hoelzl@tatkraft.example.de>"},
         subject="Ihr Arbeitsvertrag zur Unterschrift",
         date="2026-05-22 11:48 +0200",
         text="""Hallo Herr Ferncastle-Diop,

prima, dass es mit dem Einsatz als Disponent in Garching klappt! Anbei Ihr Arbeitsvertrag mit Tatkraft Personal. Bitte unterschreiben Sie beide Seiten und schicken Sie mir einen Scan bis Mittwoch zurück; das Original bringen Sie am ersten Tag mit.

Viele Grüße
Miriam Hölzl
Personaldisponentin · Tatkraft Personal"""),
    dict(kind=O, lang="de", name="haunstetter_offer_letter", company="Haunstetter Speditionshaus",
         contact="g.mayr@haunstetter-spedition.example.de", charset="iso-8859-1", cte="quoted-printable",
         **{"from": "Gertraud Mayr <g.mayr@haunstetter-spedition.example.de>",
            "cc": "Ludwig Haunstetter <l.haunstetter@haunstetter-spedition.example.de>"},
         subject="Zusage – Disponent Teilladungen",
         date="2026-04-09 10:30 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

Herr Haunstetter hat mich gebeten, Ihnen mitzuteilen, dass wir Sie gerne als Disponent Teilladungen einstellen möchten. Wir bieten Ihnen einen unbefristeten Vertrag ab 1. Mai mit einem Monatsgehalt von 3.350 Euro brutto.

Wenn Sie einverstanden sind, bereiten wir den Vertrag vor und senden ihn Ihnen zu.

Mit freundlichen Grüßen
Gertraud Mayr
Sekretariat der Geschäftsführung"""),
    dict(kind=O, lang="de", name="radlkurier_casual_offer", company="Radlkurier München",
         contact="bene@radlkurier.example.de",
         **{"from": "Bene Strobl <bene@radlkurier.example.de>"},
         subject="Wir wollen dich!",
         date="2026-05-12 09:05 +0200",
         text="""Servus Aurelio,

hat uns am Freitag richtig gut gefallen mit dir. Kurz gesagt: Wir würden dich gern als Nachmittags-Disponent an Bord holen – 25 Stunden die Woche, 17 Euro die Stunde, Start wann du magst.

Sag einfach Bescheid, dann schick ich dir den Vertrag.

Bene"""),
    dict(kind=O, lang="en", name="harcourt_client_offer", company="Kilmainham Wholesale",
         contact="siobhan.dunne@harcourt-search.example.ie",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="Kilmainham Wholesale - offer!",
         date="2026-08-03 12:10 +0100",
         text="""Aurelio,

Brilliant news: Kilmainham Wholesale want to make you an offer for the Transport Planner role. Headline terms are EUR 38,000 base, 39 hours, start date flexible in September. They'll put it in writing once you give me a verbal yes.

Call me when you can and we'll talk it through.

Siobhan Dunne
Harcourt Supply Chain Search | +353 1 555 0190"""),
    dict(kind=O, lang="en", name="collinstown_offer_letter", company="Collinstown Cargo",
         contact="p.oshea@collinstown-cargo.example.ie", parent="CC2",
         pdf=("Collinstown_Cargo_Offer_Letter.pdf", ["Collinstown Cargo - Offer of Employment",
              "Candidate: Aurelio Ferncastle-Diop", "Role: Cargo Dispatch Officer",
              "Salary: EUR 36,500 per annum plus shift allowance", "Start date: 2 November 2026"]),
         **{"from": "Pádraig O'Shea <p.oshea@collinstown-cargo.example.ie>"},
         subject="Offer of employment - Cargo Dispatch Officer",
         date="2026-10-02 14:00 +0100",
         text="""Dear Aurelio,

Following your trial shift last Saturday, I'm delighted to offer you the position of Cargo Dispatch Officer at Collinstown Cargo. Your offer letter with salary, shift pattern and start date is attached.

Please sign and return it by 9 October.

Welcome aboard (almost)!
Pádraig O'Shea
Shift Manager, Collinstown Cargo"""),
    dict(kind=O, lang="en", name="shannonside_bamboohr_sign", company="Shannonside Parcel",
         contact="emer.hayes@shannonside.example.ie",
         **{"from": "Shannonside Parcel <notifications@bamboohr.com>",
            "reply_to": "Emer Hayes <emer.hayes@shannonside.example.ie>"},
         subject="Your offer letter from Shannonside Parcel is ready to sign",
         date="2026-10-12 09:30 +0100",
         text="""Hi Aurelio,

Emer Hayes has sent you an offer letter for the position of Depot Dispatcher. Please review and e-sign it here:
https://shannonside.bamboohr.com/esignatures/offer/55821

If you have questions about the offer, reply to this email to reach Emer directly (emer.hayes@shannonside.example.ie).

Shannonside Parcel via BambooHR"""),
    dict(kind=O, lang="fr", name="cathedrale_client_proposition", company="Transports Kochersberg",
         contact="julie.schaeffer@cathedrale-interim.example.fr",
         **{"from": "Julie Schaeffer <julie.schaeffer@cathedrale-interim.example.fr>"},
         subject="Transports Kochersberg veut vous faire une proposition",
         date="2026-06-12 11:45 +0200",
         text="""Bonjour Aurelio,

Excellente nouvelle : après votre rencontre de mercredi, Transports Kochersberg souhaite vous faire une proposition d'embauche en CDI comme exploitant transport, avec une prise de poste au 1er juillet.

Je vous transmets le détail (salaire, horaires) par téléphone cet après-midi.

Julie Schaeffer
Cathédrale Intérim"""),
    dict(kind=O, lang="es", name="montjuic_oferta_pdf", company="Logística Portuaria Montjuïc",
         contact="jordi.ferrer@lpmontjuic.example.es", parent="E2b",
         pdf=("Oferta_Ferncastle-Diop.pdf", ["Logistica Portuaria Montjuic", "Oferta de empleo",
              "Puesto: Coordinador de trafico portuario", "Incorporacion: 1 de septiembre de 2026",
              "Salario bruto anual: 31.000 EUR"]),
         **{"from": "Jordi Ferrer <jordi.ferrer@lpmontjuic.example.es>"},
         subject="Oferta – coordinador de tráfico portuario",
         date="2026-06-29 13:15 +0200",
         text="""Hola Aurelio:

Tras la entrevista del jueves y la charla con dirección, nos alegra ofrecerte el puesto de coordinador de tráfico portuario. Te adjunto la oferta con las condiciones.

Si estás de acuerdo, fírmala y devuélvenosla antes del 6 de julio.

Un abrazo,
Jordi Ferrer
Responsable de Operaciones · Logística Portuaria Montjuïc"""),
]
