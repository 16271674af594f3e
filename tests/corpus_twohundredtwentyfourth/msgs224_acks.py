"""Corpus 224: application acknowledgements and offers, one hand-written spec per message."""

from __future__ import annotations

from msgs224_common import AUTO, CAND, ats_card, button, outlook_html, page, paras, replied

# ====================================================================== application_received

A001_TEXT = """Guten Tag Friederike Adjei-Santos,

vielen Dank für Ihr Interesse an Rheinvita Medical. Ihre Bewerbung auf die Position
Field Clinical Specialist Kardiologie (m/w/d), Referenz R-2026-0147, ist vollständig in
unserem Kandidatenportal eingegangen.

Unser Talent-Acquisition-Team sichtet alle Unterlagen sorgfältig. Sobald wir Ihr Profil mit
dem Fachbereich abgestimmt haben, melden wir uns bei Ihnen – in der Regel innerhalb von
drei Wochen.

Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto:
https://rheinvita.wd3.myworkday.com/rheinvita_careers/userHome

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Rheinvita Medical GmbH · Vitalisstraße 40 · 50827 Köln

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.
"""

A002_TEXT = """Hallo Frau Adjei-Santos,

schön, dass Sie sich bei uns registriert haben! Ihr Profil ist angelegt, und Ihre
Unterlagen – Lebenslauf, Examensurkunde, die beiden letzten Arbeitszeugnisse – liegen mir
vollständig vor.

Ab sofort bin ich Ihr fester Ansprechpartner für alles rund um Applikation und
Außendienst in der Medizintechnik. Damit ich Ihnen nur Stellen vorschlage, die wirklich
passen, brauche ich noch zwei Angaben:

1. Ihren frühestmöglichen Starttermin (Kündigungsfrist im Krankenhaus?)
2. Ob ein Dienstwagen mit Reisetätigkeit in ganz NRW für Sie in Frage kommt

Eine kurze Antwort auf diese Mail genügt. Ohne Ihre ausdrückliche Freigabe geben wir Ihr
Profil an keinen Kunden weiter.

Viele Grüße aus dem Friesenviertel
Marco Brandt

--
Marco Brandt
Senior Personalberater Medizintechnik
Pflegeplus Personal GmbH
Hohenzollernring 52 · 50672 Köln
Tel. +49 221 5507 318 · Mobil +49 171 220 4471
m.brandt@pflegeplus.example.de

Pflegeplus Personal GmbH · Sitz Köln · Amtsgericht Köln HRB 98765
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige
Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
"""

A003_TEXT = """Guten Tag Frau Adjei-Santos

Besten Dank für Ihre Bewerbung als Field Application Specialist Point-of-Care (w/m/d) bei
der Baselcor Diagnostics AG. Ihre Unterlagen sind bei uns eingetroffen und werden nun vom
Recruiting-Team zusammen mit der Fachabteilung geprüft.

Aufgrund der grossen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Person
einzeln über den Zwischenstand zu informieren. Wir bitten Sie deshalb um etwas Geduld: Sie
erhalten von uns in jedem Fall eine Rückmeldung, sobald die Vorauswahl abgeschlossen ist.

Über das Bewerberportal können Sie Ihre Angaben jederzeit ergänzen:
https://career5.successfactors.eu/career?company=baselcorP&career_ns=job_application

Freundliche Grüsse
Human Resources
Baselcor Diagnostics AG
Hochbergerstrasse 60 · 4057 Basel · Schweiz
"""

A004_TEXT = """Sehr geehrte Frau Adjei-Santos,

herzlichen Dank für Ihre Bewerbung als Clinical Specialist Gefäßchirurgie (m/w/d) im Raum
Bonn/Köln. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wie geht es weiter? Unsere Personalabteilung und die Leitung Clinical Affairs prüfen Ihr
Profil in den kommenden zwei Wochen. Den Status können Sie in Ihrem softgarden-Konto
verfolgen:
https://vasculine.softgarden.io/de/applicant/status

Bitte antworten Sie nicht auf diese E-Mail – sie wurde automatisch versendet.

Freundliche Grüße
Ihr Recruiting-Team der Vasculine GmbH
Godesberger Allee 127 · 53175 Bonn
"""

A005_BODY = """<p>Hallo Friederike,</p>
<p>danke für deine Bewerbung als <strong>Clinical Application Specialist Beatmung
(m/w/d)</strong>! Wir haben deine Unterlagen erhalten und freuen uns, dass du dich für
Pneumatix Respiratory interessierst.</p>
<p>Melanie aus unserem People-Team schaut sich dein Profil in den nächsten Tagen an. Wenn du
in der Zwischenzeit Fragen hast, antworte einfach auf diese E-Mail – die Antwort landet
direkt bei ihr.</p>
<p>Bis bald<br>Dein Pneumatix-Team</p>
<p style="font-size:12px;color:#666">Pneumatix Respiratory GmbH · Eupener Straße 161 ·
50933 Köln</p>"""

A006_TEXT = """Sehr geehrte Frau Adjei-Santos,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Stelle
„Medizinproduktebeauftragte (m/w/d) – Stabsstelle Medizintechnik“ (Kennziffer 2026-MT-07).

Die Bewerbungsfrist endet am 13. März 2026. Danach sichtet die Auswahlkommission alle
Unterlagen; bitte sehen Sie bis dahin von Nachfragen zum Stand ab. Über den weiteren
Verlauf informieren wir Sie schriftlich.

Mit freundlichen Grüßen
i. A. Birgit Schäfer

Birgit Schäfer
Personalabteilung – Recruiting
Evangelisches Klinikum Rheinaue gGmbH
Rheinaustraße 12 · 53225 Bonn
Telefon 0228 4410-2231
b.schaefer@ek-rheinaue.example.de

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten
bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein
sollten, beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung,
Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist.
"""

A007_TEXT = """Liebe Frau Adjei-Santos,

willkommen bei Medpersonal Rhein! Vielen Dank für Ihr Vertrauen und das angenehme
Telefonat gestern. Ihre Registrierung ist abgeschlossen, Ihr Bewerberprofil haben wir unter
der Nummer MPR-2026-0412 angelegt.

Kurz zusammengefasst, was wir vereinbart haben:
- Zielrichtung: Klinische Applikation / Produktspezialistin, gern Kardiologie oder Wundversorgung
- Regionen: Düsseldorf, Köln, Neuss, Mönchengladbach
- Gehaltsvorstellung: wie besprochen, Details in Ihrem Profil
- Verfügbarkeit: ab 1. Mai 2026

Ich melde mich, sobald ich ein passendes Projekt bei einem unserer Kunden habe. Ihre Daten
geben wir nur nach Rücksprache mit Ihnen weiter.

Herzliche Grüße aus Düsseldorf

Aylin Demir
Personaldisponentin Gesundheitswesen
Medpersonal Rhein GmbH & Co. KG
Königsallee 88 · 40212 Düsseldorf
Tel. 0211 86 39 72-14
aylin.demir@medpersonal-rhein.example.de
"""

A008_APPLICATION = """Sehr geehrte Frau Roth,

anbei sende ich Ihnen meine Bewerbung als Applikationsspezialistin Ultraschall (m/w/d).
Ich bin seit neun Jahren Intensivpflegekraft an der Uniklinik und habe als
Praxisanleiterin viele Geräteeinweisungen begleitet. Über die Einladung zu einem
Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Friederike Adjei-Santos
"""

A008_TEXT = """Liebe Frau Adjei-Santos,

danke, Ihr Lebenslauf und das Anschreiben sind angekommen. Ich habe beides gleich an
Dr. Kessler weitergegeben, der die Applikation leitet. Sie hören spätestens Ende nächster
Woche von uns, wie es weitergeht.

Beste Grüße
Stefanie Roth
HR Generalist · Lumedis GmbH
Joseph-Schumpeter-Allee 33 · 53227 Bonn · 0228 9713 40-12

""" + replied("de", "2026-03-01 19:48", "Friederike Adjei-Santos", CAND[1], A008_APPLICATION)

A009_TEXT = """Guten Morgen Frau Adjei-Santos,

vielen Dank für den freundlichen Rückruf gestern Abend und für die prompte Zusendung Ihres
Lebenslaufs. Ich habe Ihre Unterlagen erhalten und heute früh mit den Notizen aus unserem
Telefonat zusammengeführt.

Wie besprochen behandeln wir die Suche vertraulich: Den Namen unseres Mandanten – eines
international tätigen Herstellers im Bereich strukturelle Herzerkrankungen – nenne ich
Ihnen, sobald er Ihr anonymisiertes Profil gesehen hat und Sie einer Vorstellung
zugestimmt haben. Mit einer Rückmeldung rechne ich in etwa zehn Tagen.

Mit besten Grüßen

Dr. Philipp Lohmann
Partner
Hartwig & Lohmann Executive Search GmbH
Kaiserswerther Straße 115 · 40474 Düsseldorf
T +49 211 436 118-0 · p.lohmann@hartwig-lohmann.example.de
"""

A010_TEXT = """Sehr geehrte Frau Adjei-Santos,

wir bestätigen hiermit den Eingang Ihrer Bewerbung für die Stelle

  Clinical Education Specialist Infusionstherapie (m/w/d)
  Standort: Düsseldorf / Außendienst West
  Stellen-ID: JR-11823

Ihre Unterlagen werden nun von unserem Recruiting-Team geprüft. Sollten Sie in der
Zwischenzeit Ihre Kontaktdaten ändern wollen, melden Sie sich bitte in Ihrem Workday-Konto
an.

Vielen Dank für Ihr Interesse an InfusaTec.

InfusaTec Deutschland GmbH
Talent Acquisition
(automatisch generierte Nachricht)
"""

A011_TEXT = """Hi Friederike,

Thanks for applying for the Field Clinical Engineer – Neuromodulation (DACH/Benelux) role
at NeuroLoop Devices! We've got your application and our team will take a look over the
next week or so.

A couple of things you might want to know while you wait:
- We're about 140 people, headquartered in Aachen, with a lab in Eindhoven.
- Our interview process usually has three steps: a 30-minute call with a recruiter, a
  technical conversation with the clinical team, and a case-study session on site.

You can review what you submitted at any time here:
https://jobs.ashbyhq.com/neuroloop/application/9c4e11a2

Best,
The NeuroLoop Talent Team
"""

A012_TEXT = """Hi Friederike,

Thank you for your interest in the Clinical Specialist – Interventional Cardiology position
with Ventrix Medical in Maastricht. This message confirms we have received your
application.

Due to the high number of applications we receive, we are unfortunately not able to reply
to every applicant individually. Our recruiters review each application, and if your
experience fits what the team is looking for, someone will reach out to you directly
within the next three weeks.

Kind regards,
Ventrix Medical Talent Acquisition

Ventrix Medical B.V. | Oxfordlaan 70 | 6229 EV Maastricht | The Netherlands
"""

A013_TEXT = """Dear Friederike Adjei-Santos,

Thank you for applying to Corvana Health for the position of Clinical Product Specialist –
Wound Care (Requisition 2026-4471). We have successfully received your application.

Our recruiting team will review your qualifications. If they match the requirements of
the role, we will contact you to discuss next steps.

You can check your application status by logging in to our career site:
https://careers-corvana.icims.com/jobs/candidate/dashboard

Sincerely,
Corvana Health Talent Acquisition

This is an automated message. Please do not reply to this email.
"""

A014_TEXT = """Hi Friederike,

Great to speak with you this morning – thank you for registering with Northbridge Medtech
Recruitment. I've now set up your profile and uploaded your CV, so you're live on our
system.

To recap our call:
* Looking for: field clinical specialist / clinical application roles, ideally
  cardiology, ortho or neuro
* Locations: Maastricht, Aachen, Liège (English-speaking teams welcome)
* Notice period: three months
* Languages: German (native), English (fluent), French (conversational)

I'll only ever send your details to a client after you've said yes to that specific role.
I'll be in touch as soon as I have something worth your time.

Cheers,
Oliver

Oliver Grant
Senior Consultant, Medical Devices – Benelux & Germany
Northbridge Medtech Recruitment Ltd
1 Brindley Place, Birmingham B1 2JB, United Kingdom
+44 121 496 0732 | oliver.grant@northbridge.example.co.uk
"""

A015_TEXT = """Hello Friederike,

Thank you for your application for Clinical Research Associate – Medical Devices (entry
level) at Trialforge. This email confirms that your application has been received.

What happens next: our hiring team reviews applications on a rolling basis. If your
profile is a good match, we will get in touch to arrange a first conversation.

Best regards,
People & Culture
Trialforge AG, Aeschenvorstadt 55, 4051 Basel

--
You received this email because you applied for a job at Trialforge via BambooHR.
"""

A016_TEXT = """Bonjour Friederike,

Nous vous remercions pour votre candidature au poste de Spécialiste clinique terrain –
implants rachidiens (H/F) basé à Liège.

Votre dossier a bien été reçu et sera étudié avec attention par notre équipe Ressources
humaines ainsi que par le responsable du service clinique. Si votre profil correspond à nos
attentes, nous vous contacterons dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature depuis votre espace candidat :
https://jobs.smartrecruiters.com/Ortholux/candidate-portal

Bien cordialement,
L'équipe Talent Acquisition
Ortholux SA – Rue Saint-Gilles 212 – 4000 Liège – Belgique
"""

A017_BODY = """<p>Madame,</p>
<p>Nous accusons réception de votre candidature au poste d'<b>infirmière référente
dispositifs médicaux (H/F)</b>, référence CHMA-2026-118, et vous remercions de l'intérêt
que vous portez à notre institution.</p>
<p>Compte tenu du nombre important de candidatures, il ne nous est malheureusement pas
possible de répondre individuellement à chacune d'elles avant la clôture de l'offre. Votre
dossier sera examiné par la direction des soins infirmiers, qui reviendra vers vous si
votre profil est retenu pour la suite de la procédure.</p>
<p>Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>Service du recrutement<br>
Centre Hospitalier Meuse-Ardenne<br>
Boulevard de la Sauvenière 90, 4000 Liège</p>
<p style="font-size:11px;color:#888">Ce message a été envoyé automatiquement. Merci de ne
pas y répondre.</p>"""

A018_TEXT = """Bonjour Friederike,

Merci pour l'envoi de votre CV et de votre lettre, bien reçus ce matin. Comme convenu au
téléphone, je peux maintenant vous le confirmer : notre client est Hémodyne, la société
liégeoise spécialisée dans le monitoring hémodynamique, et le poste est celui de
Clinical Field Specialist pour la Wallonie et le Limbourg.

Je transmets votre dossier à leur directrice des opérations cliniques d'ici vendredi, avec
ma note de présentation. Je reviens vers vous dès que j'ai leur retour.

Belle journée,
Héloïse

Héloïse Lemaire
Associée – Life Sciences
Lemaire Talent Partners
Quai de Rome 25, 4000 Liège
+32 4 279 55 10 | heloise.lemaire@lemaire-talent.example.be
"""

A019_TEXT = """¡Hola, Friederike!

Gracias por presentar tu candidatura para el puesto de Especialista Clínica de Campo –
Endoscopia en Endobarna. Hemos recibido tu solicitud correctamente.

Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo que
buscamos, te escribiremos para concertar una primera conversación.

Mientras tanto, puedes conocer mejor al equipo en nuestra página de empleo:
https://endobarna.teamtailor.com/

Un saludo,
El equipo de Personas de Endobarna
Carrer de Pujades 102, 08005 Barcelona
"""

A020_TEXT = """Hola Friederike:

Te confirmamos que hemos recibido tu candidatura para la vacante de Especialista de
Producto – Cirugía Mínimamente Invasiva en Lumbra Medical (Barcelona).

Marta Vidal, de nuestro equipo de talento, será tu persona de contacto durante el proceso.
Si tienes cualquier duda, puedes responder directamente a este correo y le llegará a ella.

Gracias por tu interés en Lumbra Medical.

Saludos cordiales,
Equipo de Talento – Lumbra Medical S.L.
"""

A021_TEXT = """Hola Friederike,

Muchas gracias por enviarnos tu CV para la posición de Especialista Clínica de Aplicaciones
(cardiología) en nuestra delegación de Barcelona. Lo hemos recibido bien y ya está en manos
de nuestra directora comercial, Eva Soler.

Te escribo en cuanto tengamos una valoración, seguramente la semana que viene.

Un saludo,

Jordi Ferrer
Responsable de Selección
Distrimed Ibérica S.L.
C/ de la Marina 206, 08013 Barcelona
Tel. +34 93 118 42 70
"""

APPLICATION_RECEIVED = [
    dict(slug="rheinvita_workday_eingang", key="rv_ack", lang="de",
         company="Rheinvita Medical", contact="",
         date="2026-02-10 14:03 +0100", frm=("Rheinvita Medical", "rheinvita@myworkday.com"),
         subject="Eingangsbestätigung: Field Clinical Specialist Kardiologie (m/w/d) – "
                 "R-2026-0147",
         text=A001_TEXT,
         html=ats_card("Rheinvita Medical", "#8a1538", paras(A001_TEXT)
                       + button("Zum Kandidatenkonto",
                                "https://rheinvita.wd3.myworkday.com/rheinvita_careers/"
                                "userHome", "#8a1538"),
                       "Powered by Workday"),
         headers=AUTO),
    dict(slug="pflegeplus_registrierung", key="pp_reg", lang="de",
         company="Pflegeplus Personal", contact="m.brandt@pflegeplus.example.de",
         date="2026-01-19 11:27 +0100", frm=("Marco Brandt", "m.brandt@pflegeplus.example.de"),
         subject="Ihre Registrierung bei Pflegeplus Personal – nächste Schritte",
         text=A002_TEXT),
    dict(slug="baselcor_successfactors_eingang", key="bc_ack", lang="de",
         company="Baselcor Diagnostics", contact="",
         date="2026-03-23 08:15 +0100",
         frm=("Baselcor Diagnostics Karriere", "noreply@successfactors.eu"),
         subject="Bestätigung Ihrer Bewerbung: Field Application Specialist POC",
         subj_cs=("iso-8859-1", "Q"),
         text=A003_TEXT,
         html=ats_card("Baselcor Diagnostics", "#00607a", paras(A003_TEXT),
                       "SAP SuccessFactors Recruiting"),
         headers=AUTO),
    dict(slug="vasculine_softgarden_eingang", key="vas_ack", lang="de",
         company="Vasculine", contact="",
         date="2026-04-02 10:41 +0200", frm=("Vasculine Recruiting", "noreply@softgarden.io"),
         subject="Ihre Bewerbung bei Vasculine ist eingegangen",
         text=A004_TEXT, headers=AUTO),
    dict(slug="pneumatix_personio_html", key="pnx_ack", lang="de",
         company="Pneumatix Respiratory", contact="melanie.kurth@pneumatix.example.de",
         date="2026-05-06 17:22 +0200", frm=("Pneumatix Respiratory", "noreply@personio.de"),
         reply_to=("Melanie Kurth", "melanie.kurth@pneumatix.example.de"),
         subject="Danke für deine Bewerbung, Friederike!",
         html=ats_card("Pneumatix Respiratory", "#2f6f3e", A005_BODY,
                       "Gesendet über Personio · Datenschutz: "
                       "https://pneumatix.jobs.personio.de/privacy"),
         headers=AUTO),
    dict(slug="klinikum_rheinaue_eingang_cp1252", key="ekr_ack", lang="de",
         company="Evangelisches Klinikum Rheinaue", contact="b.schaefer@ek-rheinaue.example.de",
         date="2026-02-24 13:55 +0100",
         frm=("Schäfer, Birgit", "b.schaefer@ek-rheinaue.example.de"),
         name_cs=("iso-8859-1", "Q"),
         subject="Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-MT-07",
         text=A006_TEXT, charset="windows-1252", cte="quoted-printable"),
    dict(slug="medpersonal_registrierung_latin1", lang="de",
         company="Medpersonal Rhein", contact="aylin.demir@medpersonal-rhein.example.de",
         date="2026-03-11 09:02 +0100",
         frm=("Aylin Demir", "aylin.demir@medpersonal-rhein.example.de"),
         subject="Willkommen bei Medpersonal Rhein – Ihre Registrierung ist abgeschlossen",
         text=A007_TEXT, charset="iso-8859-1", cte="base64"),
    dict(slug="lumedis_lebenslauf_angekommen", key="lum_ack", lang="de",
         company="Lumedis", contact="stefanie.roth@lumedis.example.de",
         date="2026-03-02 08:37 +0100", frm=("Stefanie Roth", "stefanie.roth@lumedis.example.de"),
         subject="AW: Bewerbung als Applikationsspezialistin Ultraschall",
         text=A008_TEXT),
    dict(slug="hartwig_lohmann_cv_erhalten", key="hl_cv", parent="hl_cold", lang="de",
         company="Hartwig & Lohmann", contact="p.lohmann@hartwig-lohmann.example.de",
         date="2026-02-05 08:12 +0100",
         frm=("Dr. Philipp Lohmann", "p.lohmann@hartwig-lohmann.example.de"),
         subject="Re: Vertrauliche Anfrage – Field Clinical Specialist SHD",
         text=A009_TEXT),
    dict(slug="infusatec_workday_base64", key="inf_ack", lang="de",
         company="InfusaTec", contact="",
         date="2026-01-27 22:10 +0000", frm=("InfusaTec Careers", "infusatec@myworkday.com"),
         subject="Wir haben Ihre Bewerbung erhalten – JR-11823",
         text=A010_TEXT, cte="base64", headers=AUTO),
    dict(slug="neuroloop_ashby_thanks", key="nl_ack", lang="en",
         company="NeuroLoop Devices", contact="",
         date="2026-04-14 15:31 +0000", frm=("NeuroLoop Devices", "no-reply@ashbyhq.com"),
         subject="Thanks for applying to NeuroLoop Devices",
         text=A011_TEXT, headers=AUTO),
    dict(slug="ventrix_lever_no_individual_reply", key="vx_ack", lang="en",
         company="Ventrix Medical", contact="",
         date="2026-02-17 11:04 +0100", frm=("Ventrix Medical", "no-reply@hire.lever.co"),
         subject="Your application to Ventrix Medical",
         text=A012_TEXT,
         html=ats_card("Ventrix Medical", "#3b2f8f", paras(A012_TEXT), "Sent via Lever",
                       lang="en"),
         headers=AUTO),
    dict(slug="corvana_icims_confirmation", key="cv_ack", lang="en",
         company="Corvana Health", contact="",
         date="2026-06-03 04:18 -0400", frm=("Corvana Health Careers", "donotreply@icims.com"),
         subject="Application Received: Clinical Product Specialist – Wound Care",
         text=A013_TEXT,
         html=ats_card("Corvana Health", "#005eb8", paras(A013_TEXT),
                       "This email was sent by iCIMS on behalf of Corvana Health.", lang="en"),
         headers=AUTO),
    dict(slug="northbridge_registration", key="nb_reg", lang="en",
         company="Northbridge Medtech Recruitment",
         contact="oliver.grant@northbridge.example.co.uk",
         date="2026-02-26 12:46 +0000",
         frm=("Oliver Grant", "oliver.grant@northbridge.example.co.uk"),
         subject="Welcome to Northbridge – you're registered",
         text=A014_TEXT),
    dict(slug="trialforge_bamboohr_received", key="tf_ack", lang="en",
         company="Trialforge", contact="",
         date="2026-05-12 07:58 +0200", frm=("Trialforge", "notifications@app.bamboohr.com"),
         subject="Thank you for applying to Trialforge",
         text=A015_TEXT, headers=AUTO),
    dict(slug="ortholux_smartrecruiters_accuse", key="ox_ack", lang="fr",
         company="Ortholux", contact="",
         date="2026-03-09 10:26 +0100", frm=("Ortholux", "noreply@smartrecruiters.com"),
         subject="Votre candidature chez Ortholux a bien été reçue",
         text=A016_TEXT,
         html=ats_card("Ortholux", "#c0392b", paras(A016_TEXT), "Propulsé par SmartRecruiters",
                       lang="fr"),
         headers=AUTO),
    dict(slug="meuse_ardenne_taleo_html_latin1", key="cma_ack", lang="fr",
         company="Centre Hospitalier Meuse-Ardenne", contact="",
         date="2026-05-19 18:02 +0200",
         frm=("Centre Hospitalier Meuse-Ardenne", "no-reply@taleo.net"),
         subject="Accusé de réception – référence CHMA-2026-118",
         html=page(A017_BODY, "Accusé de réception", "fr"),
         charset="iso-8859-1", html_cte="quoted-printable", headers=AUTO),
    dict(slug="lemaire_cv_recu_hemodyne", key="lt_cv", parent="lt_cold", lang="fr",
         company="Hémodyne", contact="heloise.lemaire@lemaire-talent.example.be",
         date="2026-06-10 11:19 +0200",
         frm=("Héloïse Lemaire", "heloise.lemaire@lemaire-talent.example.be"),
         name_cs=("utf-8", "B"),
         subject="RE: Opportunité confidentielle – monitoring hémodynamique",
         text=A018_TEXT),
    dict(slug="endobarna_teamtailor_recibida", key="eb_ack", lang="es",
         company="Endobarna", contact="",
         date="2026-07-01 09:44 +0200", frm=("Endobarna", "no-reply@teamtailor-mail.com"),
         subject="Hemos recibido tu candidatura",
         text=A019_TEXT,
         html=ats_card("Endobarna", "#6c2eb9", paras(A019_TEXT), "Enviado con Teamtailor",
                       lang="es"),
         headers=AUTO),
    dict(slug="lumbra_recruitee_reply_to", key="lb_ack", lang="es",
         company="Lumbra Medical", contact="marta.vidal@lumbra.example.es",
         date="2026-08-18 12:30 +0200",
         frm=("Lumbra Medical", "lumbramedical@jobs.recruitee.com"),
         reply_to=("Marta Vidal", "marta.vidal@lumbra.example.es"),
         subject="Candidatura recibida – Especialista de Producto MIS",
         text=A020_TEXT, headers=AUTO),
    dict(slug="distrimed_cv_recibido", key="dm_ack", lang="es",
         company="Distrimed Ibérica", contact="jordi.ferrer@distrimed.example.es",
         date="2026-07-14 16:05 +0200",
         frm=("Jordi Ferrer", "jordi.ferrer@distrimed.example.es"),
         subject="RE: Candidatura Especialista Clínica de Aplicaciones",
         text=A021_TEXT),
]

# ====================================================================== offer

O001_TEXT = """Liebe Frau Adjei-Santos,

nach den Gesprächen mit Dr. Brenner und dem Team freue ich mich sehr, Ihnen heute im Namen
der Rheinvita Medical GmbH ein Angebot als Field Clinical Specialist Kardiologie (m/w/d)
für das Gebiet Köln/Bonn/Aachen zu machen.

Die wichtigsten Eckdaten:
- Start: 1. Juni 2026 (oder nach Ihrer Kündigungsfrist, spätestens 1. Juli 2026)
- Jahresgrundgehalt 62.000 EUR brutto zzgl. variabler Vergütung bis 12 %
- Dienstwagen (auch privat nutzbar), Diensthandy, Laptop
- 30 Urlaubstage, betriebliche Altersvorsorge
- Einarbeitung: acht Wochen mit Produktschulung in Köln und Hospitation im Katheterlabor

Das vollständige Angebotsschreiben finden Sie im Anhang. Wenn Sie einverstanden sind,
senden Sie es bitte bis zum 31. März 2026 unterschrieben zurück; den Arbeitsvertrag
schicken wir Ihnen danach zur digitalen Signatur.

Bei Fragen rufen Sie mich jederzeit an – Dr. Brenner steht ebenfalls gern zur Verfügung.

Herzliche Grüße
Katrin Oberhausen

Katrin Oberhausen
Talent Acquisition Partner
Rheinvita Medical GmbH · Vitalisstraße 40 · 50827 Köln
Tel. +49 221 7730 5412
k.oberhausen@rheinvita.example.de

Rheinvita Medical GmbH · Sitz: Köln · Registergericht: Amtsgericht Köln HRB 112233
Geschäftsführung: Dr. Ines Falkenberg, Mark Udeh
"""

O002_TEXT = """Hallo Frau Adjei-Santos,

wie heute Mittag am Telefon besprochen: Wir möchten Sie sehr gern als Wundexpertin im
Außendienst für die Region Aachen/Düren/Heinsberg einstellen. Ihr Tag mit Herrn Claßen bei
den Kunden hat uns – und ehrlich gesagt auch den Kunden – sehr überzeugt.

Damit Sie alles noch einmal schriftlich haben:
- Beginn zum 1. August 2026, unbefristet
- 54.000 EUR Fixum plus Umsatzbonus, Firmenwagen der Mittelklasse
- Weiterbildung zur Wundexpertin ICW auf unsere Kosten

Den Vertrag bereitet unsere Personalabteilung gerade vor; Frau Wolters schickt ihn Ihnen bis
Ende der Woche per Post und vorab als PDF. Falls Sie noch eine Frage haben, die wir am
Telefon nicht geklärt haben – einfach melden.

Ich freue mich auf die Zusammenarbeit!

Ralf Hennes
Regionalleiter West
Aachener Wundtechnik GmbH
Jülicher Straße 306 · 52070 Aachen
Mobil 0172 814 33 09
"""

O003_TEXT = """Liebe Frau Adjei-Santos,

gute Nachrichten aus Mettmann: Orthomove möchte Ihnen ein Angebot machen! Herr Stieger hat
mich vor einer halben Stunde angerufen. Das Team war nach dem Workshop im OP-Trainingszentrum
einstimmig für Sie.

Die Eckpunkte, die mir der Mandant genannt hat:
- Position: Clinical Specialist Endoprothetik, Gebiet Rheinland
- Fixgehalt 64.500 EUR, Bonus bis 15 %, Dienstwagen
- Start nach Absprache, gern zum 1. September

Das schriftliche Angebot schickt Orthomove direkt an Sie, voraussichtlich morgen. Wollen wir
vorher kurz telefonieren, um die Punkte durchzugehen, die Sie noch verhandeln möchten? Ich
bin heute bis 19 Uhr erreichbar.

Herzlich
Anja Hartwig

Anja Hartwig
Geschäftsführende Partnerin
Hartwig & Lohmann Executive Search GmbH
Kaiserswerther Straße 115 · 40474 Düsseldorf
T +49 211 436 118-20 · a.hartwig@hartwig-lohmann.example.de
"""

O004_TEXT = """Guten Tag Frau Adjei-Santos,

Lea Zimmermann (Medaxon GmbH) hat Ihnen ein Dokument zur elektronischen Unterschrift
gesendet:

  Arbeitsvertrag – Field Clinical Specialist Neurovaskulär (m/w/d)

Nachricht von Lea Zimmermann:
„Liebe Frau Adjei-Santos, wie angekündigt erhalten Sie hier Ihren Arbeitsvertrag mit
Medaxon. Eine Leseansicht liegt als PDF bei. Bitte unterschreiben Sie bis zum 24. Juli
2026 – bei Rückfragen antworten Sie gern direkt auf diese E-Mail. Wir freuen uns sehr auf
Sie!“

Dokument prüfen und unterschreiben:
https://sign.medaxon.example.de/envelopes/7f3a9e21/sign

Dieser Link ist 14 Tage gültig. Teilen Sie diese E-Mail nicht mit anderen Personen.
"""

O005_TEXT = """Sehr geehrte Frau Adjei-Santos,

vielen Dank für das offene und angenehme Gespräch am vergangenen Freitag in Bonn.

Ich freue mich, Ihnen hiermit die Position der Produktspezialistin OP-Hygiene und
Sterilgutaufbereitung (m/w/d) anbieten zu können. Die Konditionen – Gehalt, Firmenwagen,
Reisetätigkeit und Probezeit – haben wir im beigefügten Angebotsschreiben zusammengefasst.

Wir würden uns freuen, wenn Sie das Angebot bis zum 14. Oktober 2026 annehmen. Für Rückfragen
erreichen Sie mich unter 0228 926 118-0.

Mit freundlichen Grüßen

Bernd Oellers
Geschäftsführer
Vitamed Distribution GmbH
Siemensstraße 22 · 53121 Bonn
"""

O006_TEXT = """Hi Friederike,

It was lovely to talk earlier – I could hear how pleased you were, and we're just as
delighted on our side!

As promised on the phone, please find attached the written offer for the position of
Clinical Specialist – Orthopaedic Robotics, based in Maastricht with travel across the
Benelux and NRW. In short:

* Start date: 1 September 2026
* Gross salary EUR 58,000 per year plus 8% holiday allowance and a 13th month
* Lease car, laptop and phone
* Relocation support of EUR 3,000 should you decide to move to Maastricht

If everything looks right, you can sign the offer electronically via the link in the PDF.
We'd appreciate your answer by 10 August. Happy to set up a call with Pieter if you want to
talk through the first months.

Warm regards,
Sanne

Sanne de Wit
Talent Partner | Maasvalley Orthopaedics
Universiteitssingel 40, 6229 ER Maastricht, NL
+31 43 799 2150
"""

O007_TEXT = """Hi Friederike,

I've got fantastic news: Orthavia want to make you an offer!

Their Head of Clinical, Maud Janssens, called me ten minutes ago. They loved your session
with the surgeons on Tuesday – particularly how you handled the question about sterile
field set-up – and want you for the Clinical Specialist role covering Maastricht and
Liège.

The headline numbers they gave me are EUR 56,000 base, a 10% bonus, a car and a
September start. The formal paperwork will come from their HR team in the next couple of
days, but I wanted you to hear it from me first.

Can you call me back when you get a moment? There's a bit of room on the base and I'd like
to know what matters most to you before I go back to them.

Best,
Oliver

Oliver Grant
Senior Consultant, Medical Devices – Benelux & Germany
Northbridge Medtech Recruitment Ltd
+44 121 496 0732 | oliver.grant@northbridge.example.co.uk
"""

O008_TEXT = """Bonjour Friederike,

Je sors à l'instant d'un appel avec Hémodyne : le client souhaite vous faire une offre pour
le poste de Clinical Field Specialist !

Ils ont été convaincus par votre entretien d'hier avec Mme Vandersmissen et par la mise en
situation au bloc. Voici les grandes lignes qu'ils m'ont communiquées :
- contrat à durée indéterminée, démarrage au 1er octobre 2026
- salaire annuel brut de 57 000 EUR, prime sur objectifs jusqu'à 10 %
- voiture de société, chèques-repas et assurance hospitalisation

Leur service RH vous enverra la proposition écrite en début de semaine prochaine. D'ici là,
êtes-vous disponible demain pour un court appel ? J'aimerais connaître vos éventuelles
demandes avant de leur répondre.

Bien à vous,
Héloïse

Héloïse Lemaire
Associée – Life Sciences
Lemaire Talent Partners
Quai de Rome 25, 4000 Liège
+32 4 279 55 10
"""

O009_TEXT = """Madame Adjei-Santos,

Suite à nos entretiens du mois dernier, nous avons le plaisir de vous proposer le poste
d'Infirmière spécialiste produit – électrophysiologie au sein de Cardiolys, sous contrat à
durée indéterminée.

Vous trouverez en pièce jointe notre proposition de contrat, qui précise la rémunération,
les avantages extralégaux et la date d'entrée en fonction envisagée. Nous vous saurions gré
de nous faire part de votre décision au plus tard le 25 septembre 2026.

Nous nous réjouissons de la perspective de vous accueillir dans notre équipe.

Amandine Ruelle
Responsable des ressources humaines
Cardiolys SA
Rue de Namur 18, 4000 Liège
+32 4 340 21 77

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
supprimer.
"""

O010_TEXT = """Hola Friederike:

¡Enhorabuena! Después de las entrevistas con Albert y con el equipo de formación clínica,
nos encantaría que te incorporaras a Endobarna como Especialista Clínica de Campo –
Endoscopia.

Te adjunto la carta de oferta con todos los detalles: salario bruto anual de 44.000 EUR más
variable, coche de empresa, seguro médico y fecha de incorporación prevista el 2 de
noviembre. Si tienes preguntas sobre el contrato o sobre la mudanza a Barcelona, llámame
cuando quieras.

Te agradecería una respuesta antes del 30 de septiembre.

Un abrazo,

Núria Casals
Talent Acquisition Lead
Endobarna S.L. · Carrer de Pujades 102 · 08005 Barcelona
+34 93 547 81 20
"""

OFFER = [
    dict(slug="rheinvita_angebot_pdf", key="rv_offer", parent="rv_panel_update", lang="de",
         company="Rheinvita Medical", contact="k.oberhausen@rheinvita.example.de",
         date="2026-03-20 16:40 +0100",
         frm=("Katrin Oberhausen", "k.oberhausen@rheinvita.example.de"),
         cc=[("Dr. Tobias Brenner", "t.brenner@rheinvita.example.de")],
         subject="Ihr Angebot: Field Clinical Specialist Kardiologie bei Rheinvita Medical",
         text=O001_TEXT, html=outlook_html(paras(O001_TEXT)),
         pdfs=[("Angebot_Adjei-Santos_R-2026-0147.pdf", "Rheinvita Medical GmbH - Angebot",
                ["Köln, 20. März 2026", "", "Sehr geehrte Frau Adjei-Santos,",
                 "wir freuen uns, Ihnen die Position Field Clinical Specialist Kardiologie",
                 "(m/w/d) anzubieten. Beginn: 1. Juni 2026. Grundgehalt: 62.000 EUR p.a.",
                 "Variable Vergütung: bis 12 %. Dienstwagen, 30 Urlaubstage.",
                 "Bitte senden Sie dieses Schreiben bis zum 31.03.2026 unterschrieben zurück.",
                 "", "Rheinvita Medical GmbH, Talent Acquisition"])]),
    dict(slug="aachener_wundtechnik_muendlich_bestaetigt", key="aw_offer", parent="aw_moved",
         lang="de", company="Aachener Wundtechnik", contact="ralf.hennes@wundtechnik-ac.example.de",
         date="2026-07-08 14:12 +0200",
         frm=("Ralf Hennes", "ralf.hennes@wundtechnik-ac.example.de"),
         subject="Unser Angebot – wie besprochen",
         text=O002_TEXT),
    dict(slug="hartwig_mandant_orthomove_angebot", lang="de",
         company="Orthomove", contact="a.hartwig@hartwig-lohmann.example.de",
         date="2026-08-04 11:05 +0200",
         frm=("Anja Hartwig", "a.hartwig@hartwig-lohmann.example.de"),
         subject="Orthomove: Angebot für Sie!",
         text=O003_TEXT),
    dict(slug="medaxon_vertrag_zur_signatur", key="mx_contract", parent="own_medaxon",
         lang="de", company="Medaxon", contact="lea.zimmermann@medaxon.example.de",
         date="2026-07-10 09:30 +0200",
         frm=("Lea Zimmermann über Medaxon Sign", "no-reply@sign.medaxon.example.de"),
         reply_to=("Lea Zimmermann", "lea.zimmermann@medaxon.example.de"),
         subject="Bitte unterschreiben: Arbeitsvertrag – Field Clinical Specialist "
                 "Neurovaskulär",
         text=O004_TEXT,
         html=ats_card("Medaxon Sign", "#24475e", paras(O004_TEXT)
                       + button("Dokument prüfen",
                                "https://sign.medaxon.example.de/envelopes/7f3a9e21/sign",
                                "#24475e"),
                       "Medaxon GmbH · Speditionstraße 21 · 40221 Düsseldorf"),
         pdfs=[("Arbeitsvertrag_Leseansicht.pdf", "Arbeitsvertrag (Leseansicht)",
                ["zwischen der Medaxon GmbH, Düsseldorf,", "und Frau Friederike Adjei-Santos",
                 "§ 1 Beginn und Tätigkeit: 1. September 2026, Field Clinical Specialist",
                 "§ 2 Probezeit: sechs Monate", "§ 3 Vergütung: 61.000 EUR brutto jährlich",
                 "§ 4 Dienstwagen nach Car Policy"])],
         headers=AUTO),
    dict(slug="vitamed_angebot_outlook_pdf", lang="de",
         company="Vitamed Distribution", contact="b.oellers@vitamed-distribution.example.de",
         date="2026-09-29 17:48 +0200",
         frm=("Bernd Oellers", "b.oellers@vitamed-distribution.example.de"),
         subject="Angebot Produktspezialistin OP-Hygiene",
         text=O005_TEXT, html=outlook_html(paras(O005_TEXT)),
         pdfs=[("Angebotsschreiben_Vitamed.pdf", "Vitamed Distribution GmbH",
                ["Angebot: Produktspezialistin OP-Hygiene und Sterilgutaufbereitung",
                 "Beginn: 1. Januar 2027", "Jahresgehalt: 55.000 EUR brutto zzgl. Provision",
                 "Firmenwagen, Probezeit sechs Monate", "Bonn, 29. September 2026"])]),
    dict(slug="maasvalley_written_offer_after_call", key="mv_offer", parent="mv_cancel",
         lang="en", company="Maasvalley Orthopaedics",
         contact="sanne.dewit@maasvalley.example.nl",
         date="2026-07-27 16:20 +0200",
         frm=("Sanne de Wit", "sanne.dewit@maasvalley.example.nl"),
         subject="Your offer from Maasvalley Orthopaedics",
         text=O006_TEXT,
         html=page(paras(O006_TEXT), "Offer", "en"),
         pdfs=[("Offer_Letter_F_Adjei-Santos.pdf", "Maasvalley Orthopaedics B.V. - Offer",
                ["Position: Clinical Specialist - Orthopaedic Robotics",
                 "Start date: 1 September 2026", "Salary: EUR 58,000 gross per year",
                 "Holiday allowance 8%, 13th month", "Please sign by 10 August 2026."])]),
    dict(slug="northbridge_client_wants_offer", key="nb_offer", parent="nb_reg", lang="en",
         company="Orthavia", contact="oliver.grant@northbridge.example.co.uk",
         date="2026-06-26 17:03 +0100",
         frm=("Oliver Grant", "oliver.grant@northbridge.example.co.uk"),
         subject="Orthavia – they want you!",
         text=O007_TEXT),
    dict(slug="lemaire_client_souhaite_offre", key="lt_offer", parent="lt_moved", lang="fr",
         company="Hémodyne", contact="heloise.lemaire@lemaire-talent.example.be",
         date="2026-07-24 18:31 +0200",
         frm=("Héloïse Lemaire", "heloise.lemaire@lemaire-talent.example.be"),
         name_cs=("utf-8", "B"),
         subject="Hémodyne – une excellente nouvelle",
         text=O008_TEXT),
    dict(slug="cardiolys_proposition_contrat_pdf", key="cl_offer", parent="own_cardiolys",
         lang="fr", company="Cardiolys", contact="a.ruelle@cardiolys.example.be",
         date="2026-09-15 10:02 +0200",
         frm=("Amandine Ruelle", "a.ruelle@cardiolys.example.be"),
         subject="Proposition de contrat – Infirmière spécialiste produit",
         text=O009_TEXT,
         pdfs=[("Proposition_contrat_Cardiolys.pdf", "Cardiolys SA - Proposition de contrat",
                ["Poste : Infirmière spécialiste produit - électrophysiologie",
                 "Contrat à durée indéterminée, temps plein",
                 "Rémunération annuelle brute : 54 000 EUR", "Entrée en fonction : 2 novembre 2026",
                 "Réponse souhaitée avant le 25 septembre 2026"])]),
    dict(slug="endobarna_oferta_pdf", key="eb_offer", parent="eb_moved", lang="es",
         company="Endobarna", contact="nuria.casals@endobarna.example.es",
         date="2026-09-09 13:14 +0200",
         frm=("Núria Casals", "nuria.casals@endobarna.example.es"),
         subject="Oferta de trabajo – Especialista Clínica de Campo",
         text=O010_TEXT, cte="base64",
         pdfs=[("Oferta_Endobarna_Adjei-Santos.pdf", "Endobarna S.L. - Carta de oferta",
                ["Puesto: Especialista Clínica de Campo - Endoscopia",
                 "Salario bruto anual: 44.000 EUR + variable", "Coche de empresa, seguro médico",
                 "Incorporación: 2 de noviembre de 2026"])]),
]

