# ruff: noqa: C408 - specs are written as dict(...) calls on purpose
"""Corpus 264: interview invitations, reschedules/cancellations and missed-interview notices.

Hand-written, blind: every spec below is written for this corpus only.
"""

from __future__ import annotations

from msgs264_common import CANDIDATE_ADDR, M, outlook, quote, reply, txt

# ------------------------------------------------------------------ people and senders
LOEBEL = ("Franziska Löbel", "f.loebel@klinikum-auenwald.example.de")
GOERNER = ("Marcel Görner", "marcel.goerner@westsachsen-auto.example.de")
TEICHMANN = ("Sabine Teichmann", "sabine.teichmann@th-elbaue.example.de")
KAPS = ("Ronny Kaps", "r.kaps@saaletal-personal.example.de")
PERSONIO_SPREE = ("Spreebogen Immobilien", "noreply@personio.de")
WENDT = ("Jana Wendt", "jana.wendt@spreebogen-immo.example.de")
BRANDAUER = ("Lutz Brandauer", "lutz.brandauer@brandauer-beratung.example.de")
TEAMTAILOR_TPC = ("Technologiepark Chemnitz-Nord", "no-reply@teamtailor-mail.com")
UHLIG = ("Steffi Uhlig", "steffi.uhlig@tp-chemnitz-nord.example.de")
KADEN = ("Mirko Kaden", "mirko@haustechnik-kaden.example.de")
WORKDAY_MWLN = ("Motorenwerk Leipzig-Nord", "motorenwerk-leipzig@myworkday.com")
PIETZSCH = ("Andreas Pietzsch", "andreas.pietzsch@klinikum-lindenhain.example.de")
HAFERKORN = ("Dr. Cornelia Haferkorn", "haferkorn@hs-pleissenburg.example.de")
JENTZSCH = ("Heike Jentzsch", "h.jentzsch@wg-pleisseufer.example.de")
ZIELINSKA = ("Marta Zielińska", "marta.zielinska@odra-property.example.pl")
GREENHOUSE_ODRA = ("Marta Zielińska via Greenhouse", "no-reply@greenhouse-mail.io")
LEVER_NORTH = ("Priya Raman", "no-reply@hire.lever.co")
RAMAN = ("Priya Raman", "priya.raman@northlight-fm.example.com")
WRONA = ("Tomasz Wrona", "tomasz.wrona@balticbridge.example.pl")
MCCRAE = ("Ewan McCrae", "ewan.mccrae@havelpoint.example.com")
ASHBY_TESSERA = ("Tessera Spaces", "no-reply@ashbyhq.com")
ALBRECHT = ("Jonas Albrecht-Reyes", "jonas@tesseraspaces.example.com")
SCHAEFFER = ("Camille Schaeffer", "c.schaeffer@clinique-rhin-ill.example.fr")
MULLER = ("Julien Muller", "julien.muller@iu-rhenan.example.fr")
TALEO_RHEN = ("Rhénanie Automobiles Recrutement", "rhenanie@taleo.net")
FISCHER = ("Léa Fischer", "lea.fischer@alsace-interim.example.fr")
GOIKOETXEA = ("Itziar Goikoetxea", "itziar.goikoetxea@riaservicios.example.es")
ETXEBERRIA = ("Maite Etxeberria", "maite.etxeberria@clinica-artxanda.example.es")
ZUBIRI = ("Aitor Zubiri", "aitor@zubiri-headhunting.example.es")
BAK = ("Agnieszka Bąk", "agnieszka.bak@ls-drivetrain.example.pl")
REID = ("Callum Reid", "callum.reid@keystonetalent.example.co.uk")
LORENZ = ("Dennis Lorenz", "d.lorenz@brueckenwerk-personal.example.de")

# ------------------------------------------------------------------ bodies quoted later
AUENWALD_INVITE = txt("""
    Sehr geehrter Herr Mensah-Weber,

    vielen Dank für Ihre Bewerbung als Ingenieur Facility Management (m/w/d) im Bereich
    Technisches Gebäudemanagement (Kennziffer TGM-2026-014). Ihre Unterlagen haben uns
    überzeugt, und wir möchten Sie gern persönlich kennenlernen.

    Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

    Dienstag, 10. Februar 2026, 10:00 bis ca. 11:15 Uhr
    Klinikum Auenwald, Haus C, Raum 2.14, Auenweg 40, 04159 Leipzig

    Am Gespräch nehmen Herr Dipl.-Ing. Ralf Siebert (Leiter Technik), eine Vertreterin des
    Betriebsrats und ich teil. Bitte planen Sie im Anschluss etwa 30 Minuten für einen kurzen
    Rundgang durch unsere Energiezentrale ein.

    Die Kalendereinladung finden Sie anbei; bitte nehmen Sie sie an oder schlagen Sie uns
    einen anderen Termin vor. Fahrtkosten erstatten wir nach Vorlage der Belege.

    Mit freundlichen Grüßen

    Franziska Löbel
    Personalreferentin
    Klinikum Auenwald gGmbH | Personalabteilung
    Auenweg 40 | 04159 Leipzig
    Telefon 0341 9920-4417
    """)

WEST_SCREEN = txt("""
    Hallo Herr Mensah-Weber,

    ich bin bei Westsachsen Automotive für die Besetzung der Stelle "Facility Engineer
    Gebäudetechnik Werk Chemnitz" (Req. 48213) zuständig und habe Ihre Bewerbung vor mir
    liegen. Bevor wir die Fachabteilung einbinden, würde ich gern ein kurzes telefonisches
    Vorgespräch mit Ihnen führen - rund 20 Minuten, es geht um Ihre Erfahrung mit
    Mittelspannungsanlagen, Ihre Gehaltsvorstellung und den möglichen Eintrittstermin.

    Passt Ihnen Mittwoch, der 11. März, um 10:00 Uhr? Ich würde Sie dann unter der
    Mobilnummer aus Ihrem Lebenslauf anrufen. Falls nicht, nennen Sie mir gern zwei
    Alternativen.

    Viele Grüße
    Marcel Görner
    Talent Acquisition | Westsachsen Automotive GmbH
    Werk Chemnitz, Blankenauer Straße 210, 09113 Chemnitz
    +49 371 4410-2286
    """)

ODRA_INVITE = txt("""
    Hi Konstantin,

    Thanks for applying for the Facility Engineer (German-speaking) role at Odra Property
    Services. I'd love to set up a first conversation with you – about 30 minutes on Microsoft
    Teams, with me and our Head of Technical Operations, Paweł Grabowski.

    Please choose a time that suits you using the link below:
    https://app.greenhouse.io/scheduling/odra-property/aX29kP?candidate=5520183

    We'll talk through your experience with building services in hospitals and industrial
    sites, your plans for relocating to Wrocław and what the first six months would look like.

    Best,
    Marta Zielińska
    Talent Partner, Odra Property Services
    """)

NORTH_INVITE = txt("""
    Hi Konstantin,

    Great speaking to you briefly last week! As promised, here is the invitation for a video
    interview for the Facilities Engineer – Berlin Campus role.

    When: Tuesday, 24 February 2026, 15:00–16:00 (Berlin time)
    Where: Google Meet – https://meet.google.com/nfx-qowe-trb
    With: Priya Raman (Talent), Dirk Hammerschmidt (Site Operations Lead)

    Dirk will ask you to walk us through a maintenance plan you built or improved, so feel
    free to bring a diagram to share on screen. Please accept the calendar invite so it lands
    in your diary.

    Cheers,
    Priya
    """)

TESSERA_INVITE = txt("""
    Hi Konstantin,

    You're invited to a panel interview for the Building Systems Engineer role at Tessera
    Spaces.

    Date: Wednesday, 10 June 2026
    Time: 10:00 – 11:30 CEST
    Location: Tessera Spaces, Köpenicker Straße 154, 10997 Berlin, 3rd floor reception

    Panel: Jonas Albrecht-Reyes (Recruiting), Mei Lin Hartono (Head of Workplace), Oskar
    Brandt (Senior MEP Engineer). The panel includes a 20-minute case exercise on an HVAC
    fault scenario; no preparation needed.

    Reply to this email if you need anything – it goes straight to Jonas.

    Tessera Spaces Recruiting
    """)

IUR_INVITE = txt("""
    Monsieur,

    Suite à l'examen de votre candidature au poste de technicien supérieur en maintenance des
    bâtiments (réf. PAT-2026-07), nous avons le plaisir de vous convier à un entretien.

    Date : mardi 26 mai 2026 à 10 h 00
    Lieu : Institut Universitaire Rhénan, direction du patrimoine, bâtiment B, salle 104,
    12 rue de l'Académie, 67000 Strasbourg

    Le jury sera composé de Mme Hélène Weiss, directrice du patrimoine, et de moi-même.
    Merci de bien vouloir confirmer votre présence par retour de courriel.

    Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

    Julien Muller
    Responsable du service maintenance
    Institut Universitaire Rhénan
    03 88 41 27 60
    """)

RIA_INVITE = txt("""
    Hola Konstantin:

    Gracias por tu interés en el puesto de Técnico/a de Mantenimiento de Edificios en Ría
    Servicios Inmobiliarios. Nos gustaría conocerte en persona.

    Te propongo una entrevista el martes 28 de julio a las 10:00 en nuestras oficinas de
    Alameda de Recalde 27, 4.º, 48009 Bilbao. Estaremos Jon Arrieta, responsable de
    mantenimiento, y yo. Calcula una hora aproximadamente.

    Te adjunto la convocatoria para tu calendario. Si no te viene bien, dime qué día te
    encaja mejor.

    Un saludo,
    Itziar Goikoetxea
    Selección de Personal · Ría Servicios Inmobiliarios
    Tel. 944 23 81 06
    """)

HAVEL_CHAT = txt("""
    Hi Konstantin,

    Ewan here – I run the critical facilities team at Havelpoint's Berlin-Spandau site. Your
    CV landed on my desk via our careers page and I liked what I saw, especially the UPS and
    switchgear work.

    Are you free next Thursday (10 Sept) for a relaxed 30-minute video chat? Anything between
    9 and 12 works for me. No need to prepare, I just want to hear how you'd approach a
    night-shift callout on a cooling alarm.

    Cheers,
    Ewan McCrae
    Critical Facilities Manager, Havelpoint Data Centres
    """)

# The candidate's own mails, quoted here and sent in msgs264_other.
WGP_APPLICATION = txt("""
    Sehr geehrte Frau Jentzsch,

    in der LVZ habe ich gelesen, dass die Wohnungsgenossenschaft Pleißeufer einen Techniker
    für die Bestandsbewirtschaftung sucht. Als Elektroniker für Betriebstechnik mit neun
    Jahren Erfahrung in Klinik- und Industrieinstandhaltung bringe ich vieles mit, was Sie
    beschreiben: Prüfungen nach DGUV V3, Koordination von Fremdfirmen und Störungsdienst.

    Derzeit bilde ich mich berufsbegleitend zum Facility Manager weiter. Meinen Lebenslauf
    und die Zeugnisse finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich
    mich freuen.

    Mit freundlichen Grüßen
    Konstantin Mensah-Weber
    Lützner Str. 118, 04177 Leipzig
    Mobil 0176 5521 8830
    """)

HAVEL_REPLY = txt("""
    Hi Ewan,

    Thanks a lot for reaching out! Thursday 10 Sept at 10:00 works for me – shall I use the
    Teams link from your calendar invite, or will you call me?

    Looking forward to it.

    Best regards,
    Konstantin
    """) + "\n" + quote(HAVEL_CHAT)

ZUBIRI_MISSED = txt("""
    Konstantin:

    Garazi y su jefe de mantenimiento te han estado esperando en el Teams desde las
    11:00 y no te has conectado. Te he llamado al móvil y me salta el buzón.

    Llámame en cuanto puedas, por favor; necesito explicarle al cliente qué ha ocurrido.

    Aitor
    """)

MESSAGES = [
    # ============================================================ interview_invitation (26)
    M(kind="interview_invitation", slug="auenwald_panel_ics", lang="de",
      company="Klinikum Auenwald", contact=LOEBEL[1], frm=LOEBEL,
      subject="Einladung zum Vorstellungsgespräch – Ingenieur Facility Management (TGM-2026-014)",
      date="2026-02-02 09:40", body=AUENWALD_INVITE, form="alt", frame="outlook",
      ics=dict(uid="tgm-2026-014-c7a1@klinikum-auenwald.example.de", start="2026-02-10 10:00",
               minutes=75, summary="Vorstellungsgespräch Mensah-Weber – TGM-2026-014",
               location="Klinikum Auenwald, Haus C, Raum 2.14, Auenweg 40, 04159 Leipzig",
               organizer=LOEBEL),
      ics_where="both", thread=("auenwald", 2)),
    M(kind="interview_invitation", slug="westsachsen_phone_screen", lang="de",
      company="Westsachsen Automotive", contact=GOERNER[1], frm=GOERNER,
      frm_enc=("iso-8859-1", "Q"),
      subject="Kurzes Telefonat zu Ihrer Bewerbung (Req. 48213)", date="2026-03-09 14:12",
      body=WEST_SCREEN, charset="iso-8859-1", cte="quoted-printable", thread=("west", 2)),
    M(kind="interview_invitation", slug="westsachsen_assessment_centre", lang="de",
      company="Westsachsen Automotive", contact=GOERNER[1], frm=GOERNER,
      subject="Einladung Assessment Center am 27.03. – Facility Engineer Werk Chemnitz",
      date="2026-03-16 11:05",
      body=txt("""
          Guten Tag Herr Mensah-Weber,

          schön, dass wir am Mittwoch doch noch zusammengekommen sind. Wie besprochen lade ich
          Sie hiermit zu unserem eintägigen Assessment Center ein:

          Freitag, 27. März 2026, 08:30 bis ca. 15:30 Uhr
          Werk Chemnitz, Ausbildungszentrum, Tor 3 (Besucheranmeldung)

          Ablauf: Begrüßung durch die Werkleitung, Fallstudie zur Instandhaltungsplanung einer
          Lackieranlage, Gruppenübung, Einzelinterview mit Frau Dr. Annett Pfeiffer (Leiterin
          Gebäudetechnik) und ein Werksrundgang. Mittagessen gibt es in der Kantine.

          Bitte bringen Sie Ihren Personalausweis und Sicherheitsschuhe mit. Die Einladung für
          Ihren Kalender hängt an.

          Beste Grüße
          Marcel Görner
          Talent Acquisition | Westsachsen Automotive GmbH
          +49 371 4410-2286
          """),
      ics=dict(uid="ac-48213-mw@westsachsen-auto.example.de", start="2026-03-27 08:30",
               minutes=420, summary="Assessment Center Facility Engineer (Req. 48213)",
               location="Werk Chemnitz, Ausbildungszentrum, Tor 3", organizer=GOERNER),
      thread=("west", 5)),
    M(kind="interview_invitation", slug="elbaue_probearbeitstag", lang="de",
      company="Technische Hochschule Elbaue", contact=TEICHMANN[1], frm=TEICHMANN,
      subject="Ihre Bewerbung Kennziffer 07/2026 – Einladung zum Probearbeitstag",
      date="2026-02-16 13:30",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          die Auswahlkommission hat Ihre Bewerbung für die Stelle als Technischer Mitarbeiter
          Gebäudeleittechnik (Kennziffer 07/2026) positiv bewertet. Statt eines klassischen
          Gesprächs möchten wir Sie zu einem Probearbeitstag einladen, an dem Sie unser Team
          im Dezernat Gebäudemanagement begleiten:

          Montag, 2. März 2026, 7:30 Uhr bis ca. 14:00 Uhr
          Treffpunkt: Pforte Zellescher Bogen 12, 01069 Dresden

          Herr Kretzschmar aus der Leitwarte wird Sie durch den Tag führen; gegen 13:00 Uhr
          folgt ein Gespräch mit der Dezernentin. Arbeitskleidung wird gestellt.

          Bitte bestätigen Sie den Termin bis zum 20. Februar.

          Mit freundlichen Grüßen
          Im Auftrag

          Sabine Teichmann
          Personaldezernat, Sachgebiet Personalgewinnung
          Technische Hochschule Elbaue
          Zellescher Bogen 12, 01069 Dresden
          Tel. +49 351 4620-1185
          """), thread=("elbaue", 2)),
    M(kind="interview_invitation", slug="saaletal_client_interview", lang="de",
      company="Heizkraftwerk Saaleaue", contact=KAPS[1], frm=KAPS,
      subject="Vorstellungstermin beim Heizkraftwerk Saaleaue – 28.04., 9 Uhr",
      date="2026-04-20 16:48",
      body=txt("""
          Hallo Herr Mensah-Weber,

          gute Nachrichten: Das Heizkraftwerk Saaleaue in Halle möchte Sie kennenlernen! Ich
          habe Ihr Profil dort letzte Woche vorgestellt, und der Leiter Betriebstechnik, Herr
          Olaf Brenner, hat direkt nach einem Termin gefragt.

          Wann: Dienstag, 28.04.2026, 9:00 Uhr
          Wo: Heizkraftwerk Saaleaue, Verwaltungsgebäude, Am Saalehafen 3, 06108 Halle (Saale)
          Dauer: etwa eine Stunde, anschließend Anlagenbegehung

          Ich begleite Sie zum Gespräch und hole Sie um 8:40 Uhr am Haupteingang ab. Geben Sie
          mir bitte kurz Bescheid, ob das passt.

          Viele Grüße aus Halle
          Ronny Kaps
          Personaldisponent | Saaletal Personaldienste GmbH
          Leipziger Straße 61, 06108 Halle (Saale)
          Tel. 0345 2290-318 | Mobil 0151 4420 7731
          """), thread=("saaletal", 2)),
    M(kind="interview_invitation", slug="spreebogen_personio_slot", lang="de",
      company="Spreebogen Immobilien", contact=WENDT[1], frm=PERSONIO_SPREE, reply_to=WENDT,
      subject="Spreebogen Immobilien: Bitte wählen Sie einen Termin für Ihr Interview",
      date="2026-05-05 10:02", tz="+0000", form="html", frame="ats", brand="Spreebogen Immobilien",
      color="#0b6e4f", footer="Diese Nachricht wurde über Personio versendet.\n"
                              "Antworten auf diese E-Mail erreichen Jana Wendt.",
      body=txt("""
          Hallo Herr Mensah-Weber,

          vielen Dank für Ihr Interesse an der Position Objektingenieur TGA (m/w/d). Wir
          möchten Sie gern zu einem ersten Interview per Microsoft Teams einladen.

          Bitte wählen Sie über den folgenden Link einen freien Termin aus. Die Termine dauern
          jeweils 45 Minuten:
          https://spreebogen-immobilien.jobs.personio.de/interview-scheduling/7Qm2xR

          Gesprächspartner sind Jana Wendt (Personal) und Felix Okafor (Leiter Objektmanagement
          Mitte).

          Viele Grüße
          Jana Wendt
          People & Culture, Spreebogen Immobilien
          """), thread=("spree", 1)),
    M(kind="interview_invitation", slug="brandauer_client_meeting", lang="de",
      company="Brandauer Personalberatung", contact=BRANDAUER[1], frm=BRANDAUER,
      subject="AW: Vertrauliche Anfrage – Technischer Objektleiter, Termin beim Mandanten",
      date="2026-06-08 18:20",
      body=txt("""
          Lieber Herr Mensah-Weber,

          danke für das offene Telefonat am Freitag. Mein Mandant – Sie wissen, ich darf den
          Namen noch nicht schriftlich nennen – hat Ihr Kurzprofil gelesen und möchte Sie gern
          persönlich sprechen.

          Vorschlag: Dienstag, 16. Juni, 14:00 Uhr, in unseren Räumen in der Käthe-Kollwitz-
          Straße 84 in Leipzig. Anwesend sind der kaufmännische Geschäftsführer und die Leiterin
          Technik des Mandanten sowie ich. Wir rechnen mit 90 Minuten.

          Wenn Ihnen der Termin zusagt, reicht eine kurze Antwort. Ich schicke Ihnen dann vorab
          eine anonymisierte Unternehmensbeschreibung.

          Herzliche Grüße
          Lutz Brandauer
          Geschäftsführender Gesellschafter
          Brandauer Personalberatung GmbH
          Käthe-Kollwitz-Straße 84, 04109 Leipzig
          T +49 341 2569 770
          """), thread=("brandauer", 2)),
    M(kind="interview_invitation", slug="technologiepark_teamtailor_link", lang="de",
      company="Technologiepark Chemnitz-Nord", contact="", frm=TEAMTAILOR_TPC,
      subject="Nächster Schritt: Video-Interview bei Technologiepark Chemnitz-Nord",
      date="2026-09-01 08:15", tz="+0000", form="alt", frame="ats",
      brand="Technologiepark Chemnitz-Nord", color="#e0521b",
      footer="Powered by Teamtailor · Datenschutz · Diese Adresse wird nicht gelesen.",
      body=txt("""
          Hallo Konstantin,

          schön, dass du dich als Facility Engineer (m/w/d) bei uns beworben hast! Wir würden
          dich gern in einem 30-minütigen Video-Interview näher kennenlernen.

          Such dir einfach über den Button einen passenden Termin aus – die Einladung mit dem
          Link zum Gespräch bekommst du danach automatisch:
          https://tp-chemnitz-nord.teamtailor.com/meetings/book/4f7b1e

          Bis bald!
          Steffi aus dem Recruiting-Team
          """), thread=("tpc", 1)),
    M(kind="interview_invitation", slug="kaden_casual_thursday", lang="de",
      company="Haustechnik Kaden", contact=KADEN[1], frm=KADEN,
      subject="Dein Anschreiben / Donnerstag?", date="2026-08-10 19:47",
      body=txt("""
          Hallo Konstantin,

          hab deine Bewerbung über die Handwerkskammer-Börse gesehen. Wir sind ein kleiner
          Betrieb (14 Leute), machen Wartung und Störungsdienst für Wohnanlagen und zwei
          Pflegeheime in Dresden-Nord, und ich suche jemanden, der mir die Objektbetreuung
          abnimmt.

          Hast du Donnerstag (13.8.) Zeit, auf einen Kaffee bei uns in der Werkstatt vorbei zu
          kommen? So gegen 16 Uhr, Großenhainer Str. 201. Dauert nicht lange, ich zeig dir den
          Laden und wir reden einfach mal.

          Gruß
          Mirko

          --
          Haustechnik Kaden · Heizung · Elektro · Service
          Mirko Kaden, Elektrotechnikermeister
          Großenhainer Str. 201, 01129 Dresden · 0351 8475 102
          """), thread=("kaden", 1)),
    M(kind="interview_invitation", slug="motorenwerk_workday_ac", lang="de",
      company="Motorenwerk Leipzig-Nord", contact="", frm=WORKDAY_MWLN,
      subject="Einladung: Auswahltag am 21.07.2026 (R-20611)", date="2026-07-08 06:31",
      tz="+0000", form="html", frame="ats", brand="Motorenwerk Leipzig-Nord · Karriere",
      color="#2b2b2b", footer="Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."
                               "\nMotorenwerk Leipzig-Nord GmbH · Am Werkstor 1 · 04158 Leipzig",
      html_cte="base64",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          wir freuen uns, Sie zu unserem Auswahltag für die Position Ingenieur Instandhaltung
          Gebäude & Medien (m/w/d), Ausschreibung R-20611, einzuladen.

          Termin: Dienstag, 21.07.2026, 08:00 – 14:00 Uhr
          Ort: Motorenwerk Leipzig-Nord, Besucherzentrum, Am Werkstor 1, 04158 Leipzig

          Bitte bestätigen Sie Ihre Teilnahme bis zum 13.07.2026 in Ihrem Kandidatenprofil:
          https://motorenwerk.wd3.myworkday.com/mwln_careers/userHome

          Dort finden Sie auch Hinweise zur Anreise und zum Werksausweis.

          Ihr Recruiting-Team
          Motorenwerk Leipzig-Nord
          """), thread=("mwln", 2)),
    M(kind="interview_invitation", slug="lindenhain_gespraech_ics_attached", lang="de",
      company="Klinikum Lindenhain", contact=PIETZSCH[1], frm=PIETZSCH,
      subject="Vorstellungsgespräch Leitung Medizintechnik/Haustechnik am 23. April",
      date="2026-04-14 15:26", form="alt", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          herzlichen Dank für Ihre Bewerbung als stellvertretende Leitung Haustechnik. Wir
          möchten Sie zu einem Vorstellungsgespräch am Donnerstag, dem 23. April 2026, um
          9:30 Uhr einladen. Das Gespräch findet in der Verwaltung, Haus 1, 2. OG, Raum 204,
          statt.

          Teilnehmen werden der Technische Leiter Herr Matthias Voigt, die Pflegedirektorin
          Frau Katja Runge sowie ich. Im Anhang finden Sie eine Termindatei für Ihren Kalender
          und eine Anfahrtsskizze in der Termindatei-Beschreibung.

          Für Rückfragen erreichen Sie mich unter 0351 8830-2210.

          Mit freundlichen Grüßen

          Andreas Pietzsch
          Personalmanagement
          Klinikum Lindenhain Dresden
          Lindenhainer Weg 8 · 01324 Dresden
          """),
      ics=dict(uid="vg-2026-0423-mw@klinikum-lindenhain.example.de", start="2026-04-23 09:30",
               minutes=60, summary="Vorstellungsgespräch Herr Mensah-Weber",
               location="Verwaltung Haus 1, Raum 204, Lindenhainer Weg 8, 01324 Dresden",
               description="Anfahrt: Straßenbahn 11 bis Haltestelle Lindenhain, "
                           "dann 5 Minuten Fußweg.",
               organizer=PIETZSCH, filename="Vorstellungsgespraech.ics"),
      ics_where="attach", thread=("lindenhain", 1)),
    M(kind="interview_invitation", slug="pleissenburg_video", lang="de",
      company="Hochschule Pleißenburg", contact=HAFERKORN[1], frm=HAFERKORN,
      subject="Auswahlgespräch Ausschreibung 2026/03 (Ingenieur/in Gebäudetechnik)",
      subj_enc=("iso-8859-1", "B"), date="2026-02-23 12:00",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          im Namen der Auswahlkommission lade ich Sie zu einem Auswahlgespräch für die
          Stelle Ingenieur/in Gebäudetechnik (Ausschreibung 2026/03) ein.

          Das Gespräch findet am Donnerstag, 5. März 2026, von 10:00 bis 10:45 Uhr als
          Videokonferenz statt. Den Zugang erhalten Sie über
          https://meet.hs-pleissenburg.example.de/b/haf-k3x-9q1

          Bitte testen Sie Kamera und Mikrofon vorab. An dem Gespräch nehmen außer mir die
          Gleichstellungsbeauftragte und ein Mitglied des Personalrats teil. Schwerbehinderte
          Bewerberinnen und Bewerber können eine Vertrauensperson hinzuziehen.

          Mit freundlichen Grüßen
          Dr. Cornelia Haferkorn
          Leiterin Dezernat Bau und Technik
          Hochschule Pleißenburg
          """), thread=("hsp", 2)),
    M(kind="interview_invitation", slug="pleisseufer_telefoninterview", lang="de",
      company="Wohnungsgenossenschaft Pleißeufer", contact=JENTZSCH[1], frm=JENTZSCH,
      subject="Re: Bewerbung als Techniker Bestandsbewirtschaftung", date="2026-01-20 08:55",
      charset="iso-8859-1", cte="8bit",
      body=reply(txt("""
          Guten Morgen Herr Mensah-Weber,

          vielen Dank für Ihre E-Mail und die Unterlagen. Bevor wir Sie zu uns in die
          Geschäftsstelle einladen, würde ich gern ein Telefoninterview mit Ihnen führen.
          Wäre Montag, der 26. Januar, um 16:00 Uhr für Sie möglich? Ich würde Sie anrufen.

          Freundliche Grüße
          Heike Jentzsch
          Vorstand Technik
          Wohnungsgenossenschaft Pleißeufer eG
          Kochstraße 30, 04275 Leipzig, Tel. 0341 3018 220
          """), "de", "2026-01-12 21:14", "Konstantin Mensah-Weber", CANDIDATE_ADDR,
          WGP_APPLICATION, style="thunderbird"), thread=("wgp", 2)),
    M(kind="interview_invitation", slug="odra_greenhouse_schedule", lang="en",
      company="Odra Property Services", contact=ZIELINSKA[1], frm=GREENHOUSE_ODRA,
      frm_enc=("utf-8", "B"), reply_to=ZIELINSKA,
      subject="Interview scheduling: Facility Engineer (German-speaking) – Odra Property Services",
      date="2026-04-09 13:44", form="alt", body=ODRA_INVITE, thread=("odra", 2)),
    M(kind="interview_invitation", slug="northlight_lever_video", lang="en",
      company="Northlight Facilities", contact=RAMAN[1], frm=LEVER_NORTH, reply_to=RAMAN,
      subject="Interview invitation: Facilities Engineer – Berlin Campus",
      date="2026-02-17 11:30", tz="+0000", body=NORTH_INVITE,
      ics=dict(uid="lever-7c1d0f2e-north@hire.lever.co", start="2026-02-24 15:00", minutes=60,
               summary="Northlight Facilities – Konstantin Mensah-Weber (Facilities Engineer)",
               location="https://meet.google.com/nfx-qowe-trb", organizer=RAMAN,
               prodid="-//Lever//Interview Scheduler//EN"),
      thread=("north", 1)),
    M(kind="interview_invitation", slug="northlight_new_date", lang="en",
      company="Northlight Facilities", contact=RAMAN[1], frm=RAMAN,
      subject="New interview slot – Monday 9 March, 11:00", date="2026-03-03 16:02",
      body=txt("""
          Hi Konstantin,

          Thanks for bearing with us. Dirk is back from Lisbon, so let's get the interview
          we had to drop back in the diary: Monday 9 March, 11:00–12:00, same Google Meet link
          (https://meet.google.com/nfx-qowe-trb). Same format as before – a walk-through of a
          maintenance plan and questions from both of us.

          Could you confirm by Thursday? A new calendar invite follows from Lever.

          Best,
          Priya Raman
          Senior Talent Partner | Northlight Facilities
          Rosenthaler Str. 52, 10178 Berlin
          """), thread=("north", 3)),
    M(kind="interview_invitation", slug="balticbridge_oder_gate_interview", lang="en",
      company="Oder Gate Business Park", contact=WRONA[1], frm=WRONA,
      subject="Interview with Oder Gate Business Park – Thu 19 Feb", date="2026-02-11 10:17",
      body=txt("""
          Hello Konstantin,

          Good news – Oder Gate Business Park would like to interview you for the Technical
          Facility Manager position we discussed. Details:

          - Thursday 19 February, 13:00 Polish time (same as Germany)
          - Video call on Teams, link to follow from their HR team
          - Interviewers: Kamila Nowicka (Property Director) and Robert Lis (Chief Engineer)
          - Language: English; they may switch to German for ten minutes to check it

          Let me know you're available and I'll confirm with them today. Happy to do a prep
          call on Wednesday evening if useful.

          Kind regards,
          Tomasz Wrona
          Senior Consultant – Engineering & Facilities
          Baltic Bridge Recruitment Sp. z o.o.
          ul. Świdnicka 34, 50-068 Wrocław
          +48 71 330 52 18
          """), thread=("baltic", 3)),
    M(kind="interview_invitation", slug="havelpoint_free_thursday", lang="en",
      company="Havelpoint Data Centres", contact=MCCRAE[1], frm=MCCRAE,
      subject="Quick chat next Thursday?", date="2026-09-02 17:21", body=HAVEL_CHAT,
      thread=("havel", 1)),
    M(kind="interview_invitation", slug="tessera_ashby_panel", lang="en",
      company="Tessera Spaces", contact=ALBRECHT[1], frm=ASHBY_TESSERA, reply_to=ALBRECHT,
      subject="Panel interview – Building Systems Engineer @ Tessera Spaces",
      date="2026-06-02 09:12", tz="+0000", form="alt", frame="ats", brand="Tessera Spaces",
      color="#4b3fc7", footer="Sent with Ashby", body=TESSERA_INVITE,
      ics=dict(uid="ashby-int-41c9b7@ashbyhq.com", start="2026-06-10 10:00", minutes=90,
               summary="Panel interview: Konstantin Mensah-Weber",
               location="Tessera Spaces, Köpenicker Straße 154, 10997 Berlin",
               organizer=ALBRECHT, prodid="-//Ashby//Scheduling//EN"),
      thread=("tessera", 1)),
    M(kind="interview_invitation", slug="rhin_ill_entretien_ics", lang="fr",
      company="Clinique du Rhin-Ill", contact=SCHAEFFER[1], frm=SCHAEFFER,
      subject="Convocation à un entretien – Technicien de maintenance biomédicale et bâtiment",
      date="2026-03-24 10:08", form="alt", frame="outlook",
      body=txt("""
          Monsieur Mensah-Weber,

          Nous avons bien étudié votre dossier et souhaitons vous rencontrer pour le poste de
          technicien de maintenance bâtiment (CDI, temps plein).

          L'entretien aura lieu le jeudi 2 avril 2026 à 14 h 00 à la Clinique du Rhin-Ill,
          4 quai des Bateliers, 67000 Strasbourg (accueil administratif, 1er étage). Vous serez
          reçu par M. Thierry Koenig, responsable des services techniques, et par moi-même.

          Vous trouverez ci-joint l'invitation à ajouter à votre agenda. En cas
          d'empêchement, merci de nous prévenir au plus tôt.

          Bien cordialement,

          Camille Schaeffer
          Chargée de recrutement – Direction des ressources humaines
          Clinique du Rhin-Ill
          Tél. : 03 88 52 60 14
          """),
      ics=dict(uid="entretien-0402-mw@clinique-rhin-ill.example.fr", start="2026-04-02 14:00",
               minutes=60, summary="Entretien – M. Mensah-Weber",
               location="Clinique du Rhin-Ill, 4 quai des Bateliers, 67000 Strasbourg",
               organizer=SCHAEFFER),
      thread=("rhin", 2)),
    M(kind="interview_invitation", slug="iur_convocation", lang="fr",
      company="Institut Universitaire Rhénan", contact=MULLER[1], frm=MULLER,
      subject="Convocation à entretien – réf. PAT-2026-07", date="2026-05-18 14:40",
      charset="windows-1252", cte="quoted-printable", body=IUR_INVITE, thread=("iur", 1)),
    M(kind="interview_invitation", slug="rhenanie_taleo_journee", lang="fr",
      company="Rhénanie Automobiles", contact="", frm=TALEO_RHEN,
      frm_enc=("iso-8859-1", "Q"),
      subject="Invitation à une journée d'évaluation – Ingénieur maintenance infrastructures",
      date="2026-06-24 07:55", tz="+0000", form="html", frame="ats",
      brand="Rhénanie Automobiles", color="#8a1c1c",
      footer="Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
      html_charset="iso-8859-1",
      body=txt("""
          Bonjour Konstantin Mensah-Weber,

          Votre candidature au poste d'ingénieur maintenance infrastructures (réf. 2600417) a
          retenu notre attention. Nous vous invitons à participer à une journée d'évaluation
          sur notre site de production.

          Date : jeudi 2 juillet 2026, de 8 h 30 à 16 h 00
          Lieu : Rhénanie Automobiles, site de Molsheim-Sud, bâtiment Formation, 1 route de
          l'Usine, 67120 Molsheim

          Au programme : tests techniques, mise en situation sur une panne d'alimentation,
          entretien avec le responsable infrastructures et visite des ateliers.

          Merci de confirmer votre présence depuis votre espace candidat :
          https://rhenanie.taleo.net/careersection/2/mysubmissions.ftl

          L'équipe Recrutement
          """), thread=("rhen", 2)),
    M(kind="interview_invitation", slug="alsace_interim_tilleuls", lang="fr",
      company="Résidence Seniors Les Tilleuls", contact=FISCHER[1], frm=FISCHER,
      subject="Entretien chez notre client Les Tilleuls lundi 14/09",
      date="2026-09-07 17:33",
      body=txt("""
          Bonjour Konstantin,

          Comme évoqué au téléphone, la Résidence Seniors Les Tilleuls à Illkirch cherche un
          agent de maintenance polyvalent pour une mission de 6 mois avec possibilité
          d'embauche. Votre profil électricité leur plaît beaucoup.

          Ils vous proposent un entretien lundi 14 septembre à 9 h avec Mme Sandrine Ober, la
          directrice, au 22 rue des Tilleuls, 67400 Illkirch-Graffenstaden. Prévoyez 45 minutes
          et une copie de vos habilitations électriques.

          Tu me confirmes ? Je te passe un coup de fil vendredi pour faire le point.

          Léa Fischer
          Chargée de recrutement – Alsace Intérim Services
          5 place de l'Homme de Fer, 67000 Strasbourg
          03 88 23 09 41
          """), thread=("alsace", 2)),
    M(kind="interview_invitation", slug="ria_entrevista_ics", lang="es",
      company="Ría Servicios Inmobiliarios", contact=GOIKOETXEA[1], frm=GOIKOETXEA,
      subject="Entrevista – Técnico/a de Mantenimiento de Edificios", date="2026-07-20 12:25",
      body=RIA_INVITE,
      ics=dict(uid="entrevista-ria-2607-kmw@riaservicios.example.es", start="2026-07-28 10:00",
               minutes=60, summary="Entrevista Konstantin Mensah-Weber",
               location="Alameda de Recalde 27, 4.º, 48009 Bilbao", organizer=GOIKOETXEA,
               prodid="-//Google Inc//Google Calendar 70.9054//EN"),
      ics_where="both", thread=("ria", 2)),
    M(kind="interview_invitation", slug="artxanda_entrevista_telefonica", lang="es",
      company="Clínica Artxanda", contact=ETXEBERRIA[1], frm=ETXEBERRIA,
      subject="Entrevista telefónica: puesto de técnico de mantenimiento",
      subj_enc=("iso-8859-1", "Q"), date="2026-03-09 11:50", charset="iso-8859-1",
      body=txt("""
          Buenos días, Sr. Mensah-Weber:

          Hemos revisado su candidatura para el puesto de técnico de mantenimiento de
          instalaciones en la Clínica Artxanda y nos gustaría mantener con usted una primera
          entrevista telefónica.

          ¿Le vendría bien el jueves 12 de marzo a las 17:00? La llamada durará unos 25
          minutos y la realizaremos el jefe de servicios generales, Iñaki Olabarria, y yo.
          Si prefiere otro horario, indíquenoslo respondiendo a este correo.

          Atentamente,

          Maite Etxeberria
          Departamento de Recursos Humanos
          Clínica Artxanda · Camino de Artxanda 15 · 48015 Bilbao
          """), thread=("artx", 1)),
    M(kind="interview_invitation", slug="zubiri_cliente_abandoibarra", lang="es",
      company="Centro de Convenciones Abandoibarra", contact=ZUBIRI[1], frm=ZUBIRI,
      subject="Entrevista con el cliente (Centro de Convenciones Abandoibarra)",
      date="2026-10-01 09:35", form="alt",
      body=txt("""
          Hola Konstantin:

          Ya tenemos fecha. El Centro de Convenciones Abandoibarra quiere entrevistarte para la
          posición de Responsable Técnico de Instalaciones que te presenté la semana pasada.

          • Jueves 8 de octubre, 11:00
          • Videollamada por Teams (te llegará el enlace desde su departamento de personas)
          • Entrevistan: Garazi Urrutia, directora de operaciones, y el jefe de mantenimiento

          Revisa antes el dossier del edificio que te envié; preguntarán por climatización de
          grandes salas y por gestión de subcontratas. Llámame si quieres que lo preparemos.

          Un abrazo,
          Aitor Zubiri
          Socio director · Zubiri Headhunting
          Gran Vía 45, 6.º · 48011 Bilbao · +34 944 05 77 30
          """), thread=("zubiri", 1)),

    # ============================================================ interview_reschedule_or_cancel (15)
    M(kind="interview_reschedule_or_cancel", slug="auenwald_calendar_update", lang="de",
      company="Klinikum Auenwald", contact=LOEBEL[1], frm=LOEBEL,
      subject="Aktualisiert: Vorstellungsgespräch Mensah-Weber – TGM-2026-014",
      date="2026-02-05 15:20",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          leider muss Herr Siebert am 10. Februar kurzfristig zu einer Brandschutzbegehung.
          Wir haben das Gespräch deshalb auf

          Donnerstag, 12. Februar 2026, 13:30 Uhr

          verlegt. Ort und Teilnehmende bleiben gleich. Die aktualisierte Kalendereinladung
          ersetzt die bisherige; bitte bestätigen Sie sie erneut.

          Entschuldigen Sie die Umstände.

          Mit freundlichen Grüßen
          Franziska Löbel
          Personalreferentin, Klinikum Auenwald
          """),
      ics=dict(uid="tgm-2026-014-c7a1@klinikum-auenwald.example.de", seq=1,
               start="2026-02-12 13:30", minutes=75,
               summary="Vorstellungsgespräch Mensah-Weber – TGM-2026-014 (neuer Termin)",
               location="Klinikum Auenwald, Haus C, Raum 2.14, Auenweg 40, 04159 Leipzig",
               organizer=LOEBEL),
      thread=("auenwald", 3)),
    M(kind="interview_reschedule_or_cancel", slug="spreebogen_interviewer_ill", lang="de",
      company="Spreebogen Immobilien", contact=WENDT[1], frm=WENDT,
      subject="Ihr Interview am Mittwoch – wir müssen leider verschieben",
      date="2026-05-11 08:03", form="alt", frame="outlook",
      body=txt("""
          Guten Morgen Herr Mensah-Weber,

          Herr Okafor hat sich heute früh krankgemeldet und fällt voraussichtlich die ganze
          Woche aus. Ohne ihn möchten wir das Interview am Mittwoch nicht führen.

          Neuer Vorschlag: Montag, 18. Mai, 11:00 Uhr, wieder per Teams. Den neuen Link
          schicke ich Ihnen gleich separat. Falls der Montag nicht passt, melden Sie sich
          bitte kurz bei mir.

          Danke für Ihr Verständnis und viele Grüße
          Jana Wendt
          People & Culture
          Spreebogen Immobilien GmbH | Stralauer Platz 33 | 10243 Berlin
          +49 30 2200 4871
          """), thread=("spree", 2)),
    M(kind="interview_reschedule_or_cancel", slug="elbaue_probetag_verlegt", lang="de",
      company="Technische Hochschule Elbaue", contact=TEICHMANN[1], frm=TEICHMANN,
      subject="Verlegung Ihres Probearbeitstages (Kennziffer 07/2026)",
      date="2026-02-25 10:40",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          für Montag, den 2. März, ist an der Hochschule ein ganztägiger Warnstreik angekündigt,
          die Leitwarte ist dann nur im Notbetrieb besetzt. Wir verschieben Ihren Probearbeitstag
          daher auf

          Mittwoch, 4. März 2026, gleiche Uhrzeit (7:30 Uhr), gleicher Treffpunkt.

          Bitte teilen Sie mir mit, ob Ihnen das möglich ist.

          Mit freundlichen Grüßen
          Sabine Teichmann
          Personaldezernat, Technische Hochschule Elbaue
          """), thread=("elbaue", 3)),
    M(kind="interview_reschedule_or_cancel", slug="saaletal_kunde_verschiebt", lang="de",
      company="Heizkraftwerk Saaleaue", contact=KAPS[1], frm=KAPS,
      subject="Termin Heizkraftwerk: neuer Tag 06.05.", date="2026-04-24 12:31",
      body=txt("""
          Hallo Herr Mensah-Weber,

          kurze Info vom Kunden: Im Heizkraftwerk steht nächste Woche eine ungeplante
          Revision an, Herr Brenner ist komplett eingespannt. Der Termin am Dienstag fällt
          deshalb aus und wird verschoben auf

          Mittwoch, 06.05.2026, 13:00 Uhr – gleicher Ort.

          Ich hole Sie wieder am Haupteingang ab. Sagen Sie Bescheid, wenn das nicht klappt.

          Gruß
          Ronny Kaps
          Saaletal Personaldienste | Tel. 0345 2290-318
          """), thread=("saaletal", 3)),
    M(kind="interview_reschedule_or_cancel", slug="motorenwerk_termin_geaendert", lang="de",
      company="Motorenwerk Leipzig-Nord", contact="", frm=WORKDAY_MWLN,
      subject="Terminänderung: Ihr Auswahltag (R-20611)", subj_enc=("utf-8", "B"),
      date="2026-07-14 05:58", tz="+0000", form="html", frame="ats",
      brand="Motorenwerk Leipzig-Nord · Karriere", color="#2b2b2b",
      footer="Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          der Termin Ihres Auswahltags wurde geändert.

          Bisher: Dienstag, 21.07.2026, 08:00 Uhr
          Neu: Donnerstag, 23.07.2026, 08:00 Uhr

          Der Ort bleibt unverändert. Bitte bestätigen Sie den neuen Termin in Ihrem
          Kandidatenprofil: https://motorenwerk.wd3.myworkday.com/mwln_careers/userHome

          Ihr Recruiting-Team
          Motorenwerk Leipzig-Nord
          """), thread=("mwln", 3)),
    M(kind="interview_reschedule_or_cancel", slug="kaden_lieber_freitag", lang="de",
      company="Haustechnik Kaden", contact=KADEN[1], frm=KADEN,
      subject="Re: Dein Anschreiben / Donnerstag?", date="2026-08-12 21:05",
      body=reply(txt("""
          Moin,

          mir ist ein Notdienst in Radebeul dazwischengekommen, Donnerstag wird nix. Geht
          auch Freitag früh, 7:30? Dann stehen wir sowieso alle am Tor, bevor die Jungs
          rausfahren. Adresse wie gehabt.

          Mirko
          """), "de", "2026-08-10 22:31", "Konstantin Mensah-Weber", CANDIDATE_ADDR, txt("""
          Hallo Mirko,

          danke für die schnelle Nachricht! Donnerstag 16 Uhr passt mir, ich komme vorbei.

          Viele Grüße
          Konstantin
          """)), thread=("kaden", 2)),
    M(kind="interview_reschedule_or_cancel", slug="pleissenburg_cancel_ics", lang="de",
      company="Hochschule Pleißenburg", contact=HAFERKORN[1], frm=HAFERKORN,
      subject="Abgesagt: Auswahlgespräch Ausschreibung 2026/03", date="2026-03-02 17:45",
      form="alt",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          das für Donnerstag, 5. März, angesetzte Auswahlgespräch müssen wir leider absagen,
          weil die Kommission wegen einer Sitzung des Rektorats nicht vollständig ist. Ihre
          Bewerbung bleibt selbstverständlich im Verfahren; einen neuen Termin teile ich Ihnen
          mit, sobald der Kalender der Kommission steht.

          Mit freundlichen Grüßen
          Dr. Cornelia Haferkorn
          """),
      ics=dict(method="CANCEL", uid="ag-2026-03-mw@hs-pleissenburg.example.de", seq=1,
               start="2026-03-05 10:00", minutes=45,
               summary="Auswahlgespräch 2026/03 – Mensah-Weber",
               location="https://meet.hs-pleissenburg.example.de/b/haf-k3x-9q1",
               organizer=HAFERKORN),
      thread=("hsp", 3)),
    M(kind="interview_reschedule_or_cancel", slug="northlight_cancel_ics", lang="en",
      company="Northlight Facilities", contact=RAMAN[1], frm=LEVER_NORTH, reply_to=RAMAN,
      subject="Cancelled: Interview – Facilities Engineer – Berlin Campus",
      date="2026-02-20 09:14", tz="+0000",
      body=txt("""
          Hi Konstantin,

          I'm sorry to do this at short notice: Dirk has been pulled onto a site handover in
          Lisbon next week, so I've cancelled Tuesday's interview. This is purely a diary
          problem on our side – we're still keen to talk to you, and I'll come back with new
          times as soon as he's back.

          Apologies again,
          Priya
          """),
      ics=dict(method="CANCEL", uid="lever-7c1d0f2e-north@hire.lever.co", seq=1,
               start="2026-02-24 15:00", minutes=60,
               summary="Northlight Facilities – Konstantin Mensah-Weber (Facilities Engineer)",
               location="https://meet.google.com/nfx-qowe-trb", organizer=RAMAN,
               prodid="-//Lever//Interview Scheduler//EN"),
      thread=("north", 2)),
    M(kind="interview_reschedule_or_cancel", slug="odra_moved_seq2", lang="en",
      company="Odra Property Services", contact=ZIELINSKA[1], frm=GREENHOUSE_ODRA,
      frm_enc=("utf-8", "B"), reply_to=ZIELINSKA,
      subject="Updated invitation: Odra Property Services – first interview",
      date="2026-04-15 08:26", tz="+0000",
      body=txt("""
          Hi Konstantin,

          Paweł has a tenant inspection that overruns into our slot, so I've moved our call
          from Thursday 16 April 14:00 to Friday 17 April at 09:30 (Warsaw/Berlin time). The
          Teams link stays the same, and the updated invite replaces the old one.

          If Friday morning doesn't work, just reply with a couple of options.

          Thanks,
          Marta
          """),
      ics=dict(uid="gh-interview-5520183-1@greenhouse-mail.io", seq=2,
               start="2026-04-17 09:30", minutes=30,
               summary="Konstantin Mensah-Weber / Odra Property Services",
               location="Microsoft Teams", organizer=ZIELINSKA,
               prodid="-//Greenhouse//Interview Scheduler//EN"),
      thread=("odra", 3)),
    M(kind="interview_reschedule_or_cancel", slug="tessera_ashby_reschedule", lang="en",
      company="Tessera Spaces", contact=ALBRECHT[1], frm=ASHBY_TESSERA, reply_to=ALBRECHT,
      subject="Rescheduled: Panel interview – Building Systems Engineer",
      date="2026-06-05 14:48", tz="+0000", form="alt", frame="ats", brand="Tessera Spaces",
      color="#4b3fc7", footer="Sent with Ashby",
      body=txt("""
          Hi Konstantin,

          Your panel interview has been rescheduled.

          Previous time: Wednesday, 10 June 2026, 10:00 CEST
          New time: Friday, 12 June 2026, 13:00 – 14:30 CEST
          Location: unchanged (Köpenicker Straße 154, 3rd floor)

          Mei Lin is presenting at a conference on Wednesday, which is why we moved it.
          Reply here if the new time is a problem.

          Tessera Spaces Recruiting
          """),
      ics=dict(uid="ashby-int-41c9b7@ashbyhq.com", seq=1, start="2026-06-12 13:00",
               minutes=90, summary="Panel interview: Konstantin Mensah-Weber",
               location="Tessera Spaces, Köpenicker Straße 154, 10997 Berlin",
               organizer=ALBRECHT, prodid="-//Ashby//Scheduling//EN"),
      thread=("tessera", 2)),
    M(kind="interview_reschedule_or_cancel", slug="balticbridge_client_moves", lang="en",
      company="Oder Gate Business Park", contact=WRONA[1], frm=WRONA,
      subject="RE: Interview with Oder Gate Business Park – Thu 19 Feb",
      date="2026-02-16 12:09",
      body=outlook(txt("""
          Hi Konstantin,

          Small change from the client: Kamila has a board meeting on Thursday, so they've
          asked to move your interview to Monday 23 February at 10:00. Everything else stays
          as it was (Teams, same two interviewers). Can you make that work?

          Tomasz
          """), "en", "2026-02-11 10:17", "Tomasz Wrona <tomasz.wrona@balticbridge.example.pl>",
          "Konstantin Mensah-Weber <konstantin.mw@example.de>",
          "Interview with Oder Gate Business Park – Thu 19 Feb", txt("""
          Hello Konstantin,

          Good news – Oder Gate Business Park would like to interview you for the Technical
          Facility Manager position we discussed. Thursday 19 February, 13:00, on Teams.

          Kind regards,
          Tomasz Wrona
          """)), thread=("baltic", 4)),
    M(kind="interview_reschedule_or_cancel", slug="rhin_ill_annulation_ics", lang="fr",
      company="Clinique du Rhin-Ill", contact=SCHAEFFER[1], frm=SCHAEFFER,
      subject="Annulé : Entretien - M. Mensah-Weber", date="2026-03-31 16:12",
      subj_enc=("iso-8859-1", "Q"), charset="iso-8859-1",
      body=txt("""
          Monsieur,

          Je suis au regret de devoir annuler notre rendez-vous du jeudi 2 avril : M. Koenig
          est mobilisé par une inspection de la commission de sécurité qui vient d'être fixée
          à cette date. Votre candidature reste à l'étude et je reviendrai vers vous dans les
          prochains jours pour vous proposer une autre date.

          Avec toutes mes excuses,

          Camille Schaeffer
          Chargée de recrutement, Clinique du Rhin-Ill
          """),
      ics=dict(method="CANCEL", uid="entretien-0402-mw@clinique-rhin-ill.example.fr", seq=1,
               start="2026-04-02 14:00", minutes=60, summary="Entretien – M. Mensah-Weber",
               location="Clinique du Rhin-Ill, 4 quai des Bateliers, 67000 Strasbourg",
               organizer=SCHAEFFER),
      thread=("rhin", 3)),
    M(kind="interview_reschedule_or_cancel", slug="iur_entretien_decale", lang="fr",
      company="Institut Universitaire Rhénan", contact=MULLER[1], frm=MULLER,
      subject="RE: Convocation à entretien – réf. PAT-2026-07", date="2026-05-21 09:02",
      charset="windows-1252", cte="8bit",
      body=reply(txt("""
          Monsieur,

          Mme Weiss étant retenue par un comité de pilotage, nous devons décaler votre
          entretien au jeudi 28 mai à 15 h 00, même lieu (bâtiment B, salle 104). Je vous
          remercie de me confirmer que ce nouveau créneau vous convient.

          Cordialement,
          Julien Muller
          """), "fr", "2026-05-19 08:30", "Konstantin Mensah-Weber", CANDIDATE_ADDR, txt("""
          Monsieur Muller,

          Je vous remercie pour votre invitation et vous confirme ma présence le mardi
          26 mai à 10 h 00.

          Bien cordialement,
          Konstantin Mensah-Weber
          """) + "\n" + quote(IUR_INVITE)), thread=("iur", 2)),
    M(kind="interview_reschedule_or_cancel", slug="ria_cambio_hora_ics", lang="es",
      company="Ría Servicios Inmobiliarios", contact=GOIKOETXEA[1], frm=GOIKOETXEA,
      subject="Cambio de fecha: entrevista Ría Servicios Inmobiliarios",
      date="2026-07-23 16:40",
      body=txt("""
          Hola de nuevo, Konstantin:

          Jon tiene que acudir el martes a una avería en un edificio de Getxo, así que
          cambiamos la entrevista al miércoles 29 de julio a las 12:00, en la misma dirección.
          Te envío la convocatoria actualizada; la anterior queda sustituida.

          Perdona el cambio y confírmame si te va bien.

          Itziar
          """),
      ics=dict(uid="entrevista-ria-2607-kmw@riaservicios.example.es", seq=1,
               start="2026-07-29 12:00", minutes=60, summary="Entrevista Konstantin Mensah-Weber",
               location="Alameda de Recalde 27, 4.º, 48009 Bilbao", organizer=GOIKOETXEA,
               prodid="-//Google Inc//Google Calendar 70.9054//EN"),
      thread=("ria", 3)),
    M(kind="interview_reschedule_or_cancel", slug="artxanda_entrevistadora_enferma", lang="es",
      company="Clínica Artxanda", contact=ETXEBERRIA[1], frm=ETXEBERRIA,
      subject="Aplazamiento de la entrevista de hoy", date="2026-03-12 09:05",
      charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Sr. Mensah-Weber:

          Le escribo para avisarle de que Iñaki Olabarria está de baja por enfermedad y no
          podremos hacer hoy la llamada de las 17:00. Le propongo aplazarla al martes 17 de
          marzo a la misma hora. ¿Le parece bien?

          Disculpe las molestias.

          Maite Etxeberria
          RR. HH. – Clínica Artxanda
          """), thread=("artx", 2)),

    # ============================================================ missed_interview_notice (10)
    M(kind="missed_interview_notice", slug="westsachsen_tried_calling_twice", lang="de",
      company="Westsachsen Automotive", contact=GOERNER[1], frm=GOERNER,
      subject="Unser Telefonat heute um 10:00 Uhr", date="2026-03-11 10:24",
      body=txt("""
          Hallo Herr Mensah-Weber,

          ich habe heute um 10:00 Uhr und noch einmal um 10:12 Uhr versucht, Sie unter
          0176 5521 8830 zu erreichen, bin aber jeweils nur auf der Mailbox gelandet.

          Ist etwas dazwischengekommen? Wenn Sie weiterhin Interesse an der Stelle haben,
          melden Sie sich gern bis Freitag bei mir, dann finden wir einen neuen Termin.

          Viele Grüße
          Marcel Görner
          Talent Acquisition | Westsachsen Automotive GmbH
          """) + "\n" + quote(WEST_SCREEN), thread=("west", 3)),
    M(kind="missed_interview_notice", slug="spreebogen_teams_gewartet", lang="de",
      company="Spreebogen Immobilien", contact=WENDT[1], frm=WENDT,
      subject="Heute 11 Uhr – wir haben Sie im Teams-Meeting vermisst",
      date="2026-05-18 11:24", form="alt", frame="outlook",
      body=txt("""
          Hallo Herr Mensah-Weber,

          Herr Okafor und ich waren heute ab 11:00 Uhr im Teams-Meeting und haben eine
          Viertelstunde auf Sie gewartet. Leider haben Sie sich nicht eingewählt, und auch
          telefonisch konnten wir Sie nicht erreichen.

          Ich hoffe, es ist nichts passiert. Bitte geben Sie mir kurz Rückmeldung, wie Sie
          weiter verfahren möchten.

          Viele Grüße
          Jana Wendt
          People & Culture
          Spreebogen Immobilien GmbH | Stralauer Platz 33 | 10243 Berlin

          Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
          Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese
          E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
          gestattet.
          """), thread=("spree", 3)),
    M(kind="missed_interview_notice", slug="brueckenwerk_kunde_wartete", lang="de",
      company="Logistikzentrum Röhrsdorf", contact=LORENZ[1], frm=LORENZ,
      subject="Vorstellungsgespräch Logistikzentrum Röhrsdorf – Sie waren nicht da?",
      date="2026-08-19 10:52", charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Hallo Herr Mensah-Weber,

          gerade hat mich Frau Seidel vom Logistikzentrum Röhrsdorf angerufen: Sie hat heute
          um 9:30 Uhr mit dem Schichtleiter Technik am Empfang auf Sie gewartet – vergeblich.
          Auf meine zwei Anrufe haben Sie auch nicht reagiert.

          Das ist für mich gegenüber dem Kunden natürlich unangenehm. Melden Sie sich bitte
          heute noch bei mir, damit ich erklären kann, was los war.

          Gruß
          Dennis Lorenz
          Personalberater Technik
          Brückenwerk Personal GmbH · Zwickauer Str. 94 · 09112 Chemnitz
          Tel. 0371 3350 264
          """), thread=("bruecke", 1)),
    M(kind="missed_interview_notice", slug="kaden_am_tor", lang="de",
      company="Haustechnik Kaden", contact=KADEN[1], frm=KADEN,
      subject="Heute früh?", date="2026-08-14 08:12",
      body=txt("""
          Hallo Konstantin,

          wir standen heute um halb acht am Tor, du warst aber nicht da. Hab dich zweimal
          angerufen, ging keiner ran. Alles gut bei dir? Wenn du noch Lust hast, schreib mir,
          sonst ist auch okay.

          Mirko
          """), thread=("kaden", 3)),
    M(kind="missed_interview_notice", slug="technologiepark_video_no_show", lang="de",
      company="Technologiepark Chemnitz-Nord", contact=UHLIG[1], frm=UHLIG,
      subject="Unser Video-Interview heute um 9 Uhr", date="2026-09-08 09:37",
      body=txt("""
          Hallo Konstantin,

          ich war heute ab 9:00 Uhr im Video-Call, den du über Teamtailor gebucht hattest, und
          habe bis 9:20 Uhr auf dich gewartet. Leider bist du nicht dazugekommen.

          Vielleicht hat die Technik gestreikt oder die Einladung ist im Spam gelandet? Gib
          mir gern Bescheid, ob wir es noch einmal versuchen sollen.

          Viele Grüße
          Steffi Uhlig
          Recruiting | Technologiepark Chemnitz-Nord GmbH
          Annaberger Straße 240, 09125 Chemnitz
          """), thread=("tpc", 2)),
    M(kind="missed_interview_notice", slug="havelpoint_waited_teams", lang="en",
      company="Havelpoint Data Centres", contact=MCCRAE[1], frm=MCCRAE,
      subject="Re: Quick chat next Thursday?", date="2026-09-10 10:19",
      body=reply(txt("""
          Hi Konstantin,

          I was on the Teams call from 10:00 and waited about 15 minutes, but didn't see you
          join. I also dropped you a message on the number on your CV. Hope all is well – let
          me know if something came up.

          Ewan
          """), "en", "2026-09-02 19:03", "Konstantin Mensah-Weber", CANDIDATE_ADDR,
          HAVEL_REPLY), thread=("havel", 3)),
    M(kind="missed_interview_notice", slug="lsd_phone_screen_unreachable", lang="en",
      company="Lower Silesia Drivetrain", contact=BAK[1], frm=BAK,
      subject="Our call at 11:00 today", date="2026-05-20 11:41",
      body=txt("""
          Dear Konstantin,

          I tried to call you at 11:00 as agreed for the phone screen, and again at 11:10, but
          I could not reach you – the call went straight to voicemail.

          If you are still interested in the Plant Facilities Engineer role, please reply with
          two or three times that suit you next week and I will try again.

          Kind regards,
          Agnieszka Bąk
          HR Business Partner
          Lower Silesia Drivetrain Sp. z o.o. | ul. Fabryczna 16, 53-609 Wrocław
          """), thread=("lsd", 2)),
    M(kind="missed_interview_notice", slug="keystone_client_rang", lang="en",
      company="Keystone Talent", contact=REID[1], frm=REID,
      subject="Missed call from the client this afternoon", date="2026-10-06 15:08",
      tz="+0100",
      body=txt("""
          Hi Konstantin,

          The hiring manager at my client rang you at 2pm German time for the first interview
          and got no answer – she tried twice and left a voicemail. Did the time get lost in
          translation between our time zones? If so, that's on me.

          Drop me a line when you can and I'll see whether they'll give it another go.

          Thanks,
          Callum Reid
          Principal Consultant, Facilities & Engineering
          Keystone Talent Ltd | 18 Bevis Marks, London EC3A 7JB | +44 20 7946 0381
          """), thread=("keystone", 1)),
    M(kind="missed_interview_notice", slug="alsace_interim_absent", lang="fr",
      company="Résidence Seniors Les Tilleuls", contact=FISCHER[1], frm=FISCHER,
      subject="Entretien Les Tilleuls – absent ce matin ?", date="2026-09-14 09:44",
      body=txt("""
          Bonjour Konstantin,

          Mme Ober m'a appelée : elle t'attendait à 9 h pour l'entretien à la résidence et tu
          ne t'es pas présenté. J'ai essayé de te joindre deux fois sur ton portable, sans
          succès.

          Peux-tu me rappeler rapidement pour me dire ce qui s'est passé ? J'aimerais pouvoir
          lui donner une explication.

          Léa Fischer
          Alsace Intérim Services – 03 88 23 09 41
          """), thread=("alsace", 3)),
    M(kind="missed_interview_notice", slug="zubiri_no_te_conectaste", lang="es",
      company="Centro de Convenciones Abandoibarra", contact=ZUBIRI[1], frm=ZUBIRI,
      subject="¿Qué ha pasado con la entrevista de las 11:00?", subj_enc=("utf-8", "B"),
      date="2026-10-08 11:27", body=ZUBIRI_MISSED, thread=("zubiri", 2)),
]
