"""Corpus 197: 21 application acknowledgements and 10 offers, each written by hand."""

from __future__ import annotations

from msgs197_common import (
    ats_card,
    button,
    mso,
    outlook_html,
    page,
    paras,
    reply,
    spec,
)

A1_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung als Sicherheitskoordinator/in Objektschutz Linz und Ihr
Interesse an der Donauwacht Sicherheitsdienste GmbH.

Ihre Unterlagen sind bei uns vollständig eingegangen und wurden an die zuständige
Fachabteilung weitergeleitet. Wir melden uns in der Regel innerhalb von zwei Wochen bei
Ihnen.

Mit freundlichen Grüßen
Ihr Donauwacht-Recruiting-Team

Diese Nachricht wurde automatisch versendet. Bitte antworten Sie nicht darauf.
"""

A2_TEXT = """Guten Tag Kofi,

wir haben Ihre Bewerbung für die Stelle Koordinator Werkschutz (m/w/d) – R-10233 erhalten.

Sie können den Status Ihrer Bewerbung jederzeit in unserem Kandidatenportal einsehen:
https://stahlwerktraunau.wd3.myworkday.com/traunau_careers/userHome

Vielen Dank für Ihr Interesse an Stahlwerk Traunau.

Talent Acquisition
Stahlwerk Traunau GmbH
"""

A3_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

herzlich willkommen bei Personalwerk Rauscher! Ihre Registrierung in unserem Bewerberpool ist
abgeschlossen. Ihre Kandidatennummer lautet PR-26-0117.

Ich bin ab sofort Ihre persönliche Ansprechpartnerin. In den nächsten Tagen rufe ich Sie an,
um Ihre Wünsche (Schwerpunkt Sicherheitskoordination, Raum Linz / Linz-Land) und Ihre
Verfügbarkeit zu besprechen.

Freundliche Grüße
Nadine Gruber
Personalberaterin

Personalwerk Rauscher GmbH
Landstraße 47, 4020 Linz
T +43 732 77 15 90-12
"""

A4_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

vielen Dank für Ihre Bewerbung als Objektleiter / Sicherheitskoordinator (m/w/d) in Passau.
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Da uns sehr viele Bewerbungen erreichen, können wir leider nicht jedem Bewerber individuell
auf Zwischenfragen antworten. Wir prüfen Ihre Unterlagen sorgfältig und melden uns bei
Ihnen, sobald die Sichtung abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Dreiflüsse Objektschutz GmbH
"""

A5_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

herzlichen Dank für Ihre Bewerbung als Koordinator Sicherheitsdienst (m/w/d) im Innstadt
Klinikum Passau. Ihre Bewerbung ist erfolgreich bei uns eingegangen.

Wie geht es weiter? Unser Recruiting-Team sichtet alle Unterlagen bis zum Ende der
Bewerbungsfrist am 31. Mai. Danach erhalten Sie von uns eine Nachricht zum weiteren
Vorgehen.

Freundliche Grüße
Ihr Recruiting-Team
Innstadt Klinikum Passau
"""

A6_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

Ihre Bewerbung um die Planstelle "Koordination Objektsicherheit" ist am 11. Mai 2026 bei der
Wiener Liegenschaftsverwaltung eingelangt und wird unter der Geschäftszahl
WLV-P/2026/0412 geführt. Bitte geben Sie diese Geschäftszahl bei allen Anfragen an.

Die Bewerbungsfrist endet am 22. Mai 2026. Über den weiteren Verlauf des Verfahrens werden
Sie schriftlich informiert.

Mit freundlichen Grüßen
Wiener Liegenschaftsverwaltung
Abteilung Personal und Recht

Diese Bestätigung wurde automatisch erstellt.
"""

A7_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Sicherheitskoordinator/in
(Stellen-ID 31877) im Krankenhaus Leopoldau.

Die Ausschreibung läuft noch bis 15. Februar 2026. Nach Ablauf der Frist prüfen wir alle
Bewerbungen und informieren Sie über die nächsten Schritte.

Ihr Kandidatenprofil können Sie jederzeit über das Karriereportal aktualisieren.

Mit freundlichen Grüßen
Personalabteilung Krankenhaus Leopoldau
"""

A8_OLD = """Sehr geehrter Herr Egger,

über karriere-salzburg habe ich Ihre Ausschreibung für eine Objektleitung in Salzburg
gefunden. Ich bin derzeit als Sicherheitsmitarbeiter in Linz tätig und würde für die
richtige Stelle gerne nach Salzburg ziehen. Mein Lebenslauf liegt bei.

Mit freundlichen Grüßen
Kofi Ballesteros-Hartmann"""

A8_TEXT = reply(
    """Grüß Gott Herr Ballesteros-Hartmann,

Ihren Lebenslauf haben wir erhalten, danke. Wir sichten die Bewerbungen bis Ende des Monats
und melden uns dann.

Mit freundlichen Grüßen
H. Egger
Salzach Objektschutz GmbH
Münchner Bundesstraße 118, 5020 Salzburg""",
    "de", "18.01.2026 21:33", "Kofi Ballesteros-Hartmann <kofi.bh@example.at>", A8_OLD,
)

A9_TEXT = """Grüezi Herr Ballesteros-Hartmann

Vielen Dank für Ihre Bewerbung als Koordinator Sicherheit (80–100 %) bei der Limmat
Sicherheit AG. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Sie hören spätestens in zwei Wochen von uns.

Freundliche Grüsse
Limmat Sicherheit AG – Human Resources
"""

A10_TEXT = """Lieber Herr Ballesteros-Hartmann,

danke für die Zusendung Ihrer Unterlagen und das nette Telefonat gestern. Ich habe Sie in
unsere Kandidatendatenbank aufgenommen (mit Ihrem Einverständnis zur Speicherung für zwei
Jahre).

Aktuell betreuen wir zwei Mandate, die zu Ihrem Profil passen könnten. Ich kläre die Details
mit den Unternehmen und melde mich, sobald ich Ihnen konkret etwas vorstellen darf.

Herzliche Grüße
Stefanie Lackner
Senior Consultant

Brandner & Partner Personalberatung
Hauptplatz 3 | 4020 Linz | +43 732 90 88 41
"""

A11_TEXT = """Hi Kofi,

Thanks for applying to the Facility Security Coordinator role at Northgate Facility Partners!
We've received your application and our team will review it over the next few days.

In the meantime, you can learn more about how we work at northgate-fp.example.com/careers.

Best,
Northgate Facility Partners Talent Team
"""

A12_TEXT = """Hi Kofi,

Thank you for applying to the Security Site Coordinator position at Isarwacht Security
Services! Your application has been received and our team is reviewing it.

If your experience is a match, someone from our recruiting team will be in touch to discuss
next steps.

Regards,
Isarwacht Security Services Recruiting
"""

A13_TEXT = """Dear Kofi,

Thanks for your application for Facility Security Supervisor (Budapest) at Danube Shield
Facility Services. This email confirms that we have received it.

We'll review your profile and get back to you within ten working days.

Best regards,
The Danube Shield Hiring Team

Powered by Workable
"""

A14_TEXT = """Dear Kofi,

Thank you for your interest in Glattal Airport Ground Services. We confirm receipt of your
application for the position of Security Shift Coordinator (Zurich Airport).

Our recruitment team is reviewing all applications and will contact shortlisted candidates.
You can follow the progress of your application in your SmartRecruiters candidate profile.

Kind regards,
Talent Acquisition
Glattal Airport Ground Services
"""

A15_HTML = page(
    '<div style="max-width:600px;margin:0 auto">\n'
    '<h2 style="color:#00594f">Brightwell Data Centres</h2>\n'
    + paras("""Dear Kofi,

Thank you for applying for the Site Security Coordinator (Vienna VIE-2) position. We have
received your application and it will be reviewed by our Talent Acquisition team.

Due to the high volume of applications we receive, we are unfortunately unable to respond to
every applicant individually. If your qualifications match our requirements, a recruiter will
contact you to discuss the next steps.

You can check the status of your application at any time in our candidate portal.""")
    + button("Candidate portal", "https://careers-brightwell.icims.com/jobs/login", "#00594f")
    + paras("""Kind regards,
Brightwell Data Centres Talent Acquisition""")
    + '\n<p style="font-size:10px;color:#999">Please do not reply to this message.</p>\n</div>',
    "en",
    "Application received",
)

A16_TEXT = """Bonjour,

Nous accusons réception de votre candidature au poste de Coordinateur sûreté et sécurité
incendie (réf. CMO-2026-118) et vous remercions de l'intérêt que vous portez à la Clinique
des Monts d'Or.

En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure
de répondre individuellement à chaque candidat avant la fin de la période de diffusion. Votre
dossier sera étudié avec la plus grande attention.

Le service des ressources humaines
Clinique des Monts d'Or
"""

A17_TEXT = """Bonjour Kofi,

Votre inscription chez Intérim Saône Sécurité est confirmée. Bienvenue !

Votre dossier candidat (n° ISS-26-4471) est désormais actif pour les missions de sûreté et
de gardiennage sur Lyon et sa région. Pour compléter votre profil, merci de nous transmettre
une copie de votre carte professionnelle CNAPS dès que vous l'aurez.

Votre conseillère, Amandine Roux, vous contactera très prochainement.

L'équipe Intérim Saône Sécurité
"""

A18_TEXT = """Bonjour Monsieur Ballesteros-Hartmann,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de coordinateur
sécurité de site, et nous vous en remercions.

Votre candidature est en cours d'étude ; je reviendrai vers vous d'ici deux semaines.

Bien cordialement,

Nathalie Perrin
Chargée de recrutement
Rhône Gardiennage SAS, 14 rue de la Villette, 69003 Lyon
04 72 00 31 58
"""

A19_TEXT = """Hola Kofi,

¡Gracias por tu candidatura para Coordinador de Seguridad en Vigilancia Litoral! La hemos
recibido correctamente.

Nuestro equipo la revisará en los próximos días. Si tu perfil encaja, nos pondremos en
contacto contigo.

Saludos,
Equipo de Personas de Vigilancia Litoral
"""

A20_TEXT = """Hola Kofi,

Hemos recibido tu candidatura para Coordinador/a de Seguridad. ¡Gracias por tu interés en
trabajar con nosotros!

Revisaremos tu perfil con atención y te escribiremos en cuanto tengamos novedades.

Un saludo,
Hospital del Besòs
"""

A21_TEXT = """Hola Kofi,

Tu alta como candidato en Talento Seguro Consultores se ha completado correctamente.

A partir de ahora, nuestro equipo de consultores podrá tener en cuenta tu perfil para los
procesos de selección en seguridad privada que gestionamos en Cataluña. Puedes actualizar tus
datos y tu CV en cualquier momento desde tu área personal.

Gracias por confiar en nosotros.
Talento Seguro Consultores

Este es un mensaje automático; por favor, no respondas a este correo.
"""

# ---- offers ------------------------------------------------------------------------------

O1_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

nach den Gesprächen mit Herrn Reisinger und mir freuen wir uns sehr, Ihnen die Position
Sicherheitskoordinator/in Objektschutz Linz anbieten zu dürfen.

Die wichtigsten Eckpunkte:
- Dienstbeginn: 1. April 2026
- Einstufung nach KV Bewachungsgewerbe, Verwendungsgruppe Einsatzleitung
- Bruttomonatsgehalt € 2.980,– (14 Gehälter), zzgl. Zulagen für Rufbereitschaft
- 40 Wochenstunden, Gleitzeit im Tagdienst

Das detaillierte Angebot finden Sie im Anhang. Wir bitten um Ihre Rückmeldung bis
13. März 2026, gerne auch telefonisch.

Wir freuen uns auf die Zusammenarbeit!

Freundliche Grüße

Eva Pichler
Personalentwicklung & Recruiting
Donauwacht Sicherheitsdienste GmbH
Hafenstraße 19 | 4020 Linz
T +43 732 21 09 44-15"""

O2_TEXT = """Grüezi Herr Ballesteros-Hartmann

Wie heute Nachmittag am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als
Koordinator Sicherheit anzubieten. Hier nochmals die Eckdaten schriftlich:

Pensum: 100 %
Jahreslohn: CHF 86'500 brutto (13 Monatslöhne)
Stellenantritt: 1. September 2026
Probezeit: 3 Monate
Arbeitsort: Zürich, mit Einsätzen in den Kundenobjekten im Kanton

Den Arbeitsvertrag schicken wir Ihnen nächste Woche per Post, sobald Sie uns Ihre Zusage
bestätigt haben. Frau Keller lässt Sie herzlich grüssen.

Freundliche Grüsse
Reto Brunner
HR Business Partner
Limmat Sicherheit AG
Hardstrasse 201 | 8005 Zürich | +41 44 555 71 30"""

O3_TEXT = """Hallo Herr Ballesteros-Hartmann,

ich habe großartige Neuigkeiten: Polytech Ansfelden möchte Ihnen ein Angebot machen! Der
Produktionsleiter war nach dem Rundgang letzte Woche begeistert.

Die Eckdaten:
- Funktion: Sicherheitskoordinator Werk Ansfelden
- Beginn: 3. August 2026
- Anstellung zunächst über uns (Arbeitskräfteüberlassung), Übernahme durch Polytech nach
  sechs Monaten fix vereinbart
- Bruttogehalt € 3.150,– monatlich

Ich rufe Sie morgen Vormittag an, um alles durchzugehen. Wenn Sie zusagen, bereite ich den
Dienstvertrag vor.

Freundliche Grüße
Nadine Gruber
Personalberaterin
Personalwerk Rauscher GmbH | Landstraße 47 | 4020 Linz | T +43 732 77 15 90-12"""

O4_TEXT = """Sehr geehrter Herr Ballesteros-Hartmann,

wie besprochen erhalten Sie anbei Ihren Dienstvertrag als Einsatzkoordinator in zweifacher
Ausfertigung.

Bitte unterschreiben Sie beide Exemplare auf Seite 4, senden Sie uns eines bis spätestens
7. August 2026 unterschrieben zurück (per Post oder eingescannt an diese Adresse) und
behalten Sie das zweite für Ihre Unterlagen.

Für Ihren ersten Arbeitstag am 1. September bitten wir Sie außerdem um Ihre
Sozialversicherungsnummer und Ihre Bankverbindung.

Mit freundlichen Grüßen
Brigitte Hofer
Personalverrechnung
Sicherheitsdienst Mühlviertel GmbH
Linzer Straße 14, 4240 Freistadt
Tel. +43 7942 72 3 80"""

O5_BODY = """Sehr geehrter Herr Ballesteros-Hartmann,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie als Koordinator Objektsicherheit für
unseren Standort Ybbsfeld einstellen möchten.

Wir bieten Ihnen ein unbefristetes Dienstverhältnis ab 1. Dezember 2026 mit einem
Bruttomonatsgehalt von € 3.320,– (14-mal jährlich) sowie die Teilnahme an unserem
Schichtmodell mit Rufbereitschaft nach Vereinbarung.

Bitte teilen Sie uns bis 12. Oktober 2026 mit, ob Sie unser Angebot annehmen. Den
Dienstvertrag senden wir Ihnen nach Ihrer Zusage zu.

Mit freundlichen Grüßen

Dipl.-Ing. Werner Haslinger
Standortleiter
Kraftwerk Ybbsfeld GmbH
Kraftwerksstraße 1, 3370 Ybbs an der Donau
Tel. +43 7412 52 8 00"""

O6_TEXT = """Dear Kofi,

It was a pleasure to see you at the Assessment Day. I'm delighted to let you know that we
would like to offer you the position of Security Shift Coordinator at Zurich Airport.

Please find your offer letter attached. In short:
- Start date: 1 October 2026
- Annual salary: CHF 82,000 gross, paid in 13 instalments
- Shift allowance and airport transport pass included
- Permanent contract, 3-month probation

The offer is valid until 31 July 2026. If you have any questions, call me anytime.

Kind regards,
Priya Menon
Talent Acquisition Lead
Glattal Airport Ground Services AG
+41 43 555 20 18"""

O7_TEXT = """Hi Kofi,

Great news: Csepel Logistics Park wants to make you an offer for the Site Security
Coordinator role!

They're proposing HUF 1,050,000 gross per month, a start on 1 October, and they'll cover a
month of temporary accommodation while you relocate. The written offer will come from their
HR team directly, but they wanted me to ask you informally first.

Can we talk tomorrow at 9? I'd like to walk you through the details before you reply.

Best,
Laura

Laura Whitcombe
Senior Recruitment Consultant | Meridian Staffing
Váci út 81, 1139 Budapest | +36 1 555 8830"""

O8_TEXT = """Monsieur,

Suite à nos entretiens, nous avons le plaisir de vous confirmer notre souhait de vous
accueillir au sein de Sûreté Aéroportuaire Rhône en qualité de coordinateur sûreté (statut
agent de maîtrise), en CDI, à compter du 1er juillet 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (2 650 € bruts
mensuels sur 13 mois), le lieu de travail (terminal 1) et la période d'essai.

Nous vous remercions de nous retourner ce document daté et signé avant le 29 mai 2026.

Nous nous réjouissons de vous compter prochainement parmi nous.

Claire Bonnet
Responsable des ressources humaines
Sûreté Aéroportuaire Rhône – Zone Fret, 69125 Colombier-Saugnieu
04 72 55 61 30"""

O9_TEXT = """Bonjour Kofi,

Suite à notre échange téléphonique de ce midi, je vous confirme par écrit notre proposition
pour le poste de coordinateur de sites : CDI à temps plein, 2 480 euros bruts mensuels,
véhicule de service, prise de poste le 2 novembre 2026.

Le contrat vous sera envoyé dès réception de votre accord. N'hésitez pas si vous avez des
questions d'ici là.

Bien à vous,
Marc Delorme
Directeur d'agence
Groupe Vigie Lyonnaise
22 avenue Berthelot, 69007 Lyon
06 71 22 84 05"""

O10_TEXT = """Hola Kofi:

Nos complace ofrecerte el puesto de Coordinador de Seguridad en Vigilancia Litoral. Jordi y
yo salimos muy contentos de la entrevista del jueves.

Te adjuntamos el contrato para que lo revises y lo firmes. Las condiciones principales son:
contrato indefinido, 28.500 € brutos anuales en 14 pagas, jornada completa e incorporación
el 1 de octubre de 2026.

Si estás de acuerdo, devuélvenos el contrato firmado antes del 15 de septiembre. Cualquier
duda, llámame.

Un abrazo,
Marta Puig
Responsable de Personas
Vigilancia Litoral, S.L.
Tel. 93 555 18 70"""


MESSAGES = [
    # ---- application received -------------------------------------------------------------
    spec(
        key="donauwacht_personio_ack", kind="application_received", lang="de",
        company="Donauwacht Sicherheitsdienste",
        frm="Donauwacht Sicherheitsdienste GmbH <noreply@personio.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-02T20:16:00+01:00",
        refs=["kofi_application_donauwacht"],
        text=A1_TEXT,
        html=ats_card("Donauwacht Sicherheitsdienste", "#12355b",
                      paras(A1_TEXT.split("\n\nDiese Nachricht")[0]),
                      "Diese Nachricht wurde automatisch versendet. Powered by Personio.", "de"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="traunau_workday_ack", kind="application_received", lang="de",
        company="Stahlwerk Traunau",
        frm="Stahlwerk Traunau <stahlwerktraunau@myworkday.com>",
        subject="Ihre Bewerbung ist eingegangen: Koordinator Werkschutz (m/w/d) – R-10233",
        date="2026-01-12T06:31:00+00:00",
        text=A2_TEXT, cte="qp",
    ),
    spec(
        key="rauscher_registration", kind="application_received", lang="de",
        company="Personalwerk Rauscher", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Willkommen bei Personalwerk Rauscher – Ihre Registrierung",
        date="2026-01-08T14:02:00+01:00",
        text=A3_TEXT, html=page(paras(A3_TEXT), "de"),
    ),
    spec(
        key="dreifluesse_softgarden_ack", kind="application_received", lang="de",
        company="Dreiflüsse Objektschutz",
        frm="Dreiflüsse Objektschutz GmbH <noreply@softgarden.io>",
        subject="Eingangsbestätigung: Objektleiter / Sicherheitskoordinator (m/w/d)",
        date="2026-04-08T21:40:00+02:00",
        refs=["kofi_bewerbung_passau_cv"],
        text=A4_TEXT,
        html=ats_card("Dreiflüsse Objektschutz GmbH", "#7a1f2b", paras(A4_TEXT),
                      "Versendet über softgarden.", "de"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="innstadt_recruitee_ack", kind="application_received", lang="de",
        company="Innstadt Klinikum Passau",
        frm="Innstadt Klinikum Passau <innstadtklinikum@jobs.recruitee.com>",
        subject="Danke für Ihre Bewerbung!",
        date="2026-05-25T09:02:00+02:00",
        text=A5_TEXT, cte="b64",
    ),
    spec(
        key="wlv_eingangsbestaetigung", kind="application_received", lang="de",
        company="Wiener Liegenschaftsverwaltung",
        frm="WLV Bewerbungsmanagement <noreply-bewerbung@wlv.example.at>",
        subject="Eingangsbestätigung GZ WLV-P/2026/0412",
        date="2026-05-11T12:00:00+02:00",
        text=A6_TEXT, charset="iso-8859-1", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="leopoldau_successfactors_ack", kind="application_received", lang="de",
        company="Krankenhaus Leopoldau",
        frm="Krankenhaus Leopoldau Karriere <no-reply@successfactors.eu>",
        subject="Bewerbungseingang – Sicherheitskoordinator/in (31877)",
        date="2026-02-03T10:44:00+01:00",
        html=page(paras(A7_TEXT), "de", "Bewerbungseingang"), html_cte="qp",
    ),
    spec(
        key="salzach_cv_erhalten", kind="application_received", lang="de",
        company="Salzach Objektschutz", contact="h.egger@salzach-objektschutz.example.at",
        frm="Herbert Egger <h.egger@salzach-objektschutz.example.at>",
        subject="AW: Bewerbung Objektleitung Salzburg",
        date="2026-01-19T16:05:00+01:00",
        refs=["ext:kofi_bewerbung_salzach"],
        text=A8_TEXT, charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="limmat_bamboohr_ack", kind="application_received", lang="de",
        company="Limmat Sicherheit",
        frm="Limmat Sicherheit AG <notifications@app.bamboohr.com>",
        subject="Ihre Bewerbung bei der Limmat Sicherheit AG",
        date="2026-05-04T08:00:00+02:00",
        text=A9_TEXT, html=page(paras(A9_TEXT), "de"),
    ),
    spec(
        key="brandner_unterlagen_erhalten", kind="application_received", lang="de",
        company="Brandner & Partner Personalberatung",
        contact="s.lackner@brandner-partner.example.at",
        frm="Stefanie Lackner <s.lackner@brandner-partner.example.at>",
        subject="Ihre Unterlagen",
        date="2026-04-27T13:20:00+02:00",
        text=A10_TEXT, cte="8bit",
    ),
    spec(
        key="northgate_lever_ack", kind="application_received", lang="en",
        company="Northgate Facility Partners",
        frm="Northgate Facility Partners <no-reply@hire.lever.co>",
        subject="Thanks for applying to Northgate Facility Partners",
        date="2026-03-02T09:12:00+00:00",
        text=A11_TEXT, cte="7bit",
        html=ats_card("Northgate Facility Partners", "#1d3557", paras(A11_TEXT), "Sent via Lever"),
    ),
    spec(
        key="isarwacht_greenhouse_ack", kind="application_received", lang="en",
        company="Isarwacht Security Services",
        frm="Isarwacht Security Services <no-reply@greenhouse-mail.io>",
        subject="Thank you for applying to Isarwacht Security Services",
        date="2026-04-07T15:30:00+02:00",
        text=A12_TEXT, cte="7bit",
    ),
    spec(
        key="danubeshield_workable_ack", kind="application_received", lang="en",
        company="Danube Shield Facility Services",
        frm="Danube Shield Facility Services <noreply@candidates.workablemail.com>",
        subject="Application received: Facility Security Supervisor (Budapest)",
        date="2026-06-01T19:05:00+02:00",
        text=A13_TEXT, html=ats_card("Danube Shield", "#283593", paras(A13_TEXT), "Workable"),
    ),
    spec(
        key="glattal_smartrecruiters_ack", kind="application_received", lang="en",
        company="Glattal Airport Ground Services",
        frm="Glattal Airport Ground Services <noreply@smartrecruiters.com>",
        subject="We have received your application - Security Shift Coordinator",
        date="2026-06-15T12:10:00+02:00",
        text=A14_TEXT, cte="qp",
    ),
    spec(
        key="brightwell_icims_ack", kind="application_received", lang="en",
        company="Brightwell Data Centres",
        frm="Brightwell Data Centres <brightwell-noreply@icims.com>",
        subject="Application received - Site Security Coordinator (VIE-2)",
        date="2026-07-27T10:02:00-04:00",
        html=A15_HTML, html_cte="b64",
    ),
    spec(
        key="monts_dor_taleo_ack", kind="application_received", lang="fr",
        company="Clinique des Monts d'Or",
        frm="Clinique des Monts d'Or - Recrutement <noreply@taleo.net>",
        subject="Accusé de réception de votre candidature (CMO-2026-118)",
        subj_enc=("iso-8859-1", "B"),
        date="2026-08-31T08:20:00+02:00",
        text=A16_TEXT, charset="iso-8859-1", cte="qp",
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    spec(
        key="interim_saone_inscription", kind="application_received", lang="fr",
        company="Intérim Saône Sécurité", contact="a.roux@interim-saone.example.fr",
        frm="Intérim Saône Sécurité <no-reply@interim-saone.example.fr>",
        reply_to="Amandine Roux <a.roux@interim-saone.example.fr>",
        subject="Votre inscription est confirmée",
        date="2026-09-07T15:00:00+02:00",
        text=A17_TEXT, html=page(paras(A17_TEXT), "fr"),
    ),
    spec(
        key="rhone_cv_recu", kind="application_received", lang="fr",
        company="Rhône Gardiennage", contact="n.perrin@rhone-gardiennage.example.fr",
        frm="Nathalie Perrin <n.perrin@rhone-gardiennage.example.fr>",
        subject="RE: Candidature – coordinateur sécurité de site",
        date="2026-07-01T09:10:00+02:00",
        refs=["ext:kofi_candidature_rhone"],
        text=A18_TEXT, html=outlook_html(mso(A18_TEXT), "fr"),
    ),
    spec(
        key="vigilancia_recruitee_ack", kind="application_received", lang="es",
        company="Vigilancia Litoral",
        frm="Vigilancia Litoral <vigilancialitoral@jobs.recruitee.com>",
        subject="Hemos recibido tu candidatura",
        date="2026-08-03T22:15:00+02:00",
        refs=["kofi_solicitud_vigilancia"],
        text=A19_TEXT,
        html=ats_card("Vigilancia Litoral", "#b45309", paras(A19_TEXT), "Recruitee", "es"),
    ),
    spec(
        key="besos_teamtailor_ack", kind="application_received", lang="es",
        company="Hospital del Besòs",
        frm="Hospital del Besòs <no-reply@teamtailor-mail.com>",
        subject="¡Gracias por tu candidatura!",
        subj_enc=("utf-8", "B"),
        date="2026-04-27T11:00:00+02:00",
        text=A20_TEXT, charset="windows-1252", cte="qp",
    ),
    spec(
        key="talento_alta_candidato", kind="application_received", lang="es",
        company="Talento Seguro Consultores",
        frm="Talento Seguro Consultores <noreply@talentoseguro.example.es>",
        subject="Alta completada en Talento Seguro",
        date="2026-02-09T09:30:00+01:00",
        text=A21_TEXT, html=page(paras(A21_TEXT), "es"),
    ),
    # ---- offers ----------------------------------------------------------------------------
    spec(
        key="donauwacht_offer_pdf", kind="offer", lang="de",
        company="Donauwacht Sicherheitsdienste", contact="eva.pichler@donauwacht.example.at",
        frm="Eva Pichler <eva.pichler@donauwacht.example.at>",
        subject="Ihr Angebot – Sicherheitskoordinator/in Objektschutz Linz",
        subj_enc=("utf-8", "Q"),
        date="2026-03-04T11:00:00+01:00",
        refs=["kofi_application_donauwacht", "donauwacht_invite_eva", "donauwacht_moved"],
        text=O1_TEXT, charset="windows-1252", cte="qp",
        html=page(paras(O1_TEXT), "de").replace('charset="utf-8"', 'charset="windows-1252"'),
        html_charset="windows-1252",
        pdfs=[("Angebot_Ballesteros-Hartmann.pdf", "Angebot Sicherheitskoordinator/in",
               ["Donauwacht Sicherheitsdienste GmbH, Hafenstraße 19, 4020 Linz",
                "Herrn Kofi Ballesteros-Hartmann", "",
                "Dienstbeginn: 1. April 2026",
                "KV Bewachungsgewerbe, Verwendungsgruppe Einsatzleitung",
                "Bruttomonatsgehalt: EUR 2.980,- (14 Gehälter)",
                "Rückmeldung erbeten bis 13. März 2026", "", "Linz, 4. März 2026"])],
    ),
    spec(
        key="limmat_verbal_offer_followup", kind="offer", lang="de",
        company="Limmat Sicherheit", contact="reto.brunner@limmat-sicherheit.example.ch",
        frm="Reto Brunner <reto.brunner@limmat-sicherheit.example.ch>",
        subject="Unser Angebot – Koordinator Sicherheit",
        date="2026-06-03T17:45:00+02:00",
        refs=["limmat_invite", "limmat_interviewer_ill"],
        text=O2_TEXT, cte="8bit",
    ),
    spec(
        key="rauscher_polytech_offer", kind="offer", lang="de",
        company="Polytech Ansfelden", contact="nadine.gruber@personalwerk-rauscher.example.at",
        frm="Nadine Gruber <nadine.gruber@personalwerk-rauscher.example.at>",
        subject="Polytech Ansfelden möchte Ihnen ein Angebot machen!",
        subj_enc=("utf-8", "B"),
        date="2026-06-22T12:15:00+02:00",
        refs=["rauscher_registration"],
        text=O3_TEXT, html=page(paras(O3_TEXT), "de"),
    ),
    spec(
        key="muehlviertel_vertrag_signatur", kind="offer", lang="de",
        company="Sicherheitsdienst Mühlviertel", contact="b.hofer@sd-muehlviertel.example.at",
        frm="Brigitte Hofer <b.hofer@sd-muehlviertel.example.at>",
        subject="Ihr Dienstvertrag zur Unterschrift",
        date="2026-07-28T09:20:00+02:00",
        refs=["ext:muehlviertel_gespraech"],
        text=O4_TEXT, cte="qp",
        pdfs=[("Dienstvertrag_Ballesteros-Hartmann.pdf", "Dienstvertrag",
               ["Sicherheitsdienst Mühlviertel GmbH, Linzer Straße 14, 4240 Freistadt",
                "und Herr Kofi Ballesteros-Hartmann, 4020 Linz",
                "Verwendung: Einsatzkoordinator", "Beginn des Dienstverhältnisses: 1. September 2026",
                "Probezeit: 1 Monat", "Kollektivvertrag: Bewachungsgewerbe Österreich",
                "", "Unterschrift Dienstgeber ____________   Unterschrift Dienstnehmer ____________"])],
    ),
    spec(
        key="ybbsfeld_formal_offer", kind="offer", lang="de",
        company="Kraftwerk Ybbsfeld", contact="w.haslinger@kraftwerk-ybbsfeld.example.at",
        frm="Werner Haslinger <w.haslinger@kraftwerk-ybbsfeld.example.at>",
        subject="Zusage – Koordinator Objektsicherheit Standort Ybbsfeld",
        date="2026-10-01T10:00:00+02:00",
        html=outlook_html(mso(O5_BODY), "de"), html_cte="qp",
    ),
    spec(
        key="glattal_offer_pdf", kind="offer", lang="en",
        company="Glattal Airport Ground Services", contact="priya.menon@glattal-ags.example.ch",
        frm="Priya Menon <priya.menon@glattal-ags.example.ch>",
        subject="Your offer - Security Shift Coordinator, Zurich Airport",
        date="2026-07-20T15:00:00+02:00",
        refs=["glattal_assessment_invite", "glattal_assessment_moved"],
        text=O6_TEXT, html=page(paras(O6_TEXT), "en"),
        pdfs=[("Offer_Letter_Ballesteros-Hartmann.pdf", "Offer of Employment",
               ["Glattal Airport Ground Services AG, Office Park 3, 8058 Zurich-Airport",
                "Position: Security Shift Coordinator", "Start date: 1 October 2026",
                "Annual salary: CHF 82,000 gross (13 instalments)",
                "Probation: 3 months", "Offer valid until 31 July 2026"])],
    ),
    spec(
        key="meridian_csepel_offer", kind="offer", lang="en",
        company="Csepel Logistics Park", contact="laura.whitcombe@meridian-staffing.example.hu",
        frm="Laura Whitcombe <laura.whitcombe@meridian-staffing.example.hu>",
        subject="Csepel Logistics Park - they want to make you an offer!",
        date="2026-08-27T16:30:00+02:00",
        refs=["meridian_kelenfold_no"],
        text=O7_TEXT, cte="8bit",
    ),
    spec(
        key="surete_aero_promesse", kind="offer", lang="fr",
        company="Sûreté Aéroportuaire Rhône", contact="c.bonnet@surete-aero-rhone.example.fr",
        frm="Claire Bonnet <c.bonnet@surete-aero-rhone.example.fr>",
        subject="Promesse d'embauche – Coordinateur sûreté",
        subj_enc=("utf-8", "Q"),
        date="2026-05-15T14:00:00+02:00",
        refs=["ext:surete_aero_entretien"],
        text=O8_TEXT, html=outlook_html(mso(O8_TEXT), "fr"),
        pdfs=[("Promesse_embauche_Ballesteros-Hartmann.pdf", "Promesse d'embauche",
               ["Sûreté Aéroportuaire Rhône, Zone Fret, 69125 Colombier-Saugnieu",
                "M. Kofi Ballesteros-Hartmann", "Poste : coordinateur sûreté (agent de maîtrise)",
                "Contrat : CDI à compter du 1er juillet 2026",
                "Rémunération : 2 650 EUR bruts mensuels sur 13 mois",
                "Période d'essai : 3 mois", "À retourner signé avant le 29 mai 2026"])],
    ),
    spec(
        key="vigie_offre_orale", kind="offer", lang="fr",
        company="Groupe Vigie Lyonnaise", contact="m.delorme@vigie-lyonnaise.example.fr",
        frm="Marc Delorme <m.delorme@vigie-lyonnaise.example.fr>",
        subject="Confirmation de notre proposition",
        date="2026-10-08T18:10:00+02:00",
        text=O9_TEXT, charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="vigilancia_oferta_contrato", kind="offer", lang="es",
        company="Vigilancia Litoral", contact="marta.puig@vigilancialitoral.example.es",
        frm="Marta Puig <marta.puig@vigilancialitoral.example.es>",
        subject="Oferta de empleo y contrato para firma",
        date="2026-09-01T13:00:00+02:00",
        refs=["vigilancia_entrevista", "vigilancia_cambio_hora"],
        text=O10_TEXT, html=page(paras(O10_TEXT), "es"),
        pdfs=[("Contrato_Ballesteros-Hartmann.pdf", "Contrato de trabajo indefinido",
               ["Vigilancia Litoral, S.L. - Carrer de Pallars 190, 08005 Barcelona",
                "Trabajador: Kofi Ballesteros-Hartmann",
                "Puesto: Coordinador de Seguridad",
                "Salario: 28.500 EUR brutos anuales, 14 pagas",
                "Incorporación: 1 de octubre de 2026",
                "Firma del trabajador: ____________________"])],
    ),
]
