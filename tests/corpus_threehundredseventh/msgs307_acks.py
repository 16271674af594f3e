"""application_received: acknowledgements (ATS and human). Thread starters carry a key."""

from __future__ import annotations

from msgs307_common import Spec, html, m

K = "application_received"

SPECS: list[Spec] = [
    m(K, "de", "helvia_ack", ("Helvia Krankenversicherung", "no-reply@successfactors.eu"),
      "Ihre Bewerbung: Case Managerin Krankentaggeld (80–100 %) – Ref. 4471", "2026-02-02 07:41 +0000",
      """
Guten Tag Frau Baumgartner

Vielen Dank für Ihre Bewerbung als Case Managerin Krankentaggeld (80–100 %) bei der Helvia
Krankenversicherung. Wir bestätigen Ihnen hiermit den Eingang Ihrer Unterlagen.

Unser HR-Team prüft Ihr Dossier sorgfältig und meldet sich innerhalb von rund zwei Wochen bei
Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Freundliche Grüsse
Ihr Recruiting-Team Helvia

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Helvia Krankenversicherung AG, Laupenstrasse 40, 3008 Bern
""", company="Helvia Krankenversicherung", key="h_ack", cte="quoted-printable"),

    m(K, "de", "bergsonne_ack", ("Rehaklinik Bergsonne", "bergsonne@recruitee.com"),
      "Eingangsbestätigung – Pflegefachfrau HF / Fallführung Rehabilitation", "2026-02-09 12:03 +0000",
      "", company="Rehaklinik Bergsonne", key="b_ack", fmt="html",
      html=html("Liebe Frau Baumgartner",
                "Herzlichen Dank für Ihr Interesse an der Stelle <b>Pflegefachfrau HF / "
                "Fallführung Rehabilitation</b> in der Rehaklinik Bergsonne in Interlaken.",
                "Ihre Bewerbungsunterlagen sind vollständig bei uns angekommen. Die "
                "Personalabteilung und die Leitung Pflege sichten die Dossiers laufend; Sie "
                "hören spätestens Ende Februar von uns.",
                "Sonnige Grüsse aus dem Berner Oberland",
                sig="Team Personal<br>Rehaklinik Bergsonne<br>Seestrasse 12, 3800 Interlaken",
                footer="Gesendet über Recruitee. Antworten auf diese Adresse werden nicht gelesen.")),

    m(K, "de", "sanacura_ack", ("Sanacura Krankenkasse", "sanacura@myworkday.com"),
      "Wir haben Ihre Bewerbung erhalten (R-20931)", "2026-02-11 16:22 +0100",
      """
Hallo Lena

vielen Dank für Ihre Bewerbung auf die Position Fachspezialistin Leistungsmanagement /
Case Management (R-20931) bei der Sanacura in Zürich.

Wir haben Ihre Unterlagen erhalten. Bitte haben Sie Verständnis, dass die Prüfung aller
Bewerbungen einige Zeit in Anspruch nimmt.

Beste Grüsse
Talent Acquisition Sanacura
""", company="Sanacura", key="s_ack", fmt="alt",
      html=html("Hallo Lena",
                "vielen Dank für Ihre Bewerbung auf die Position <b>Fachspezialistin "
                "Leistungsmanagement / Case Management (R-20931)</b> bei der Sanacura in Zürich.",
                "Wir haben Ihre Unterlagen erhalten. Bitte haben Sie Verständnis, dass die "
                "Prüfung aller Bewerbungen einige Zeit in Anspruch nimmt.",
                "Beste Grüsse<br>Talent Acquisition Sanacura",
                footer="Sanacura Krankenkasse AG · Hardturmstrasse 201 · 8005 Zürich")),

    m(K, "de", "seetal_ack", ("Kantonsspital Seetal", "noreply@softgarden.io"),
      "Bestätigung Ihrer Bewerbung als Pflegeexpertin Entlassungsmanagement", "2026-01-19 09:15 +0100",
      """
Sehr geehrte Frau Baumgartner

Wir danken Ihnen für Ihre Online-Bewerbung und das damit verbundene Interesse an einer
Tätigkeit im Kantonsspital Seetal.

Ihre Unterlagen werden nun von der zuständigen Fachabteilung geprüft. Aufgrund der hohen Zahl
an Bewerbungen bitten wir Sie um etwas Geduld. Für Rückfragen steht Ihnen das Team Personal
unter personal@ksseetal.example.ch zur Verfügung.

Freundliche Grüsse

Kantonsspital Seetal
Personaldienst
Spitalstrasse 8, 6280 Hochdorf
""", company="Kantonsspital Seetal", contact="personal@ksseetal.example.ch", key="k_ack",
      reply_to=("Personaldienst KS Seetal", "personal@ksseetal.example.ch"), cte="8bit"),

    m(K, "de", "alpina_ack", ("Alpina Unfallversicherung", "alpina@taleo.net"),
      "Alpina – Eingang Ihrer Bewerbung (Job-ID 26-0187)", "2026-03-02 05:58 +0000",
      """
Sehr geehrte Frau Baumgartner,

besten Dank für Ihre Bewerbung als «Case Managerin Unfall» bei der Alpina
Unfallversicherung in Luzern. Wir haben Ihre Unterlagen erhalten und werden sie nun prüfen.

Bitte beachten Sie: Wir melden uns bei Ihnen, sobald wir Ihr Dossier beurteilt haben – dies
kann bis zu drei Wochen dauern. Von Nachfragen bitten wir abzusehen.

Mit freundlichen Grüssen
Alpina Unfallversicherung – Human Resources
""", company="Alpina Unfallversicherung", key="a_ack", charset="windows-1252",
      cte="quoted-printable"),

    m(K, "de", "schwarzwald_ack", ("Schwarzwald Krankenkasse", "noreply@personio.de"),
      "Deine Bewerbung bei der Schwarzwald Krankenkasse", "2026-04-07 10:40 +0200",
      """
Hallo Lena,

danke für deine Bewerbung als Fallmanagerin (m/w/d) Pflege & Reha in Freiburg im Breisgau!
Sie ist gut bei uns angekommen.

Wir schauen uns alle Unterlagen in Ruhe an. Da uns sehr viele Bewerbungen erreichen, können
wir leider nicht jeder Person einzeln antworten, bevor die Vorauswahl abgeschlossen ist. Du
hörst aber in jedem Fall von uns.

Viele Grüße
dein People-Team der Schwarzwald Krankenkasse
Kaiser-Joseph-Straße 190, 79098 Freiburg im Breisgau
""", company="Schwarzwald Krankenkasse", key="sk_ack", cte="base64"),

    m(K, "de", "aaretal_ack", ("Sandra Iseli", "s.iseli@heimpflege-aaretal.example.ch"),
      "AW: Bewerbung Pflegefachfrau / Koordination Einsätze", "2026-01-14 17:32 +0100",
      """
Grüezi Frau Baumgartner

Ihre Bewerbung ist bei mir angekommen, herzlichen Dank. Ich bin diese Woche noch in den
Ferien und schaue mir Ihr Dossier nächste Woche mit unserer Geschäftsleiterin an.

Ich melde mich bis spätestens am 23. Januar wieder.

Freundliche Grüsse
Sandra Iseli
Personal & Administration
Heimpflege Aaretal, Thunstrasse 77, 3074 Muri bei Bern
031 952 44 10
""", company="Heimpflege Aaretal", contact="s.iseli@heimpflege-aaretal.example.ch",
      key="ha_ack", parent="ha_app", quote=True, charset="iso-8859-1", cte="8bit"),

    m(K, "de", "limmat_ack", ("HomeCare Limmat", "no-reply@teamtailor-mail.com"),
      "Danke für deine Bewerbung, Lena!", "2026-05-04 08:12 +0200",
      """
Hallo Lena

Danke, dass du dich bei HomeCare Limmat als Teamleiterin Pflege & Fallkoordination beworben
hast. Wir haben deine Bewerbung erhalten.

Unser Team sichtet die Bewerbungen laufend. Falls dein Profil passt, melden wir uns für ein
erstes Kennenlernen bei dir. Bis dahin: Schau doch auf unserer Karriereseite vorbei.

Herzlich
HomeCare Limmat
""", company="HomeCare Limmat", key="hl_ack",
      html=html("Hallo Lena",
                "Danke, dass du dich bei HomeCare Limmat als <b>Teamleiterin Pflege &amp; "
                "Fallkoordination</b> beworben hast. Wir haben deine Bewerbung erhalten.",
                "Unser Team sichtet die Bewerbungen laufend. Falls dein Profil passt, melden wir "
                "uns für ein erstes Kennenlernen bei dir.",
                "Herzlich<br>HomeCare Limmat",
                footer="Powered by Teamtailor"), fmt="alt"),

    m(K, "de", "dreisam_ack", ("Reha-Zentrum Dreisam", "notifications@bamboohr.com"),
      "Eingangsbestätigung: Pflegefachkraft Fallsteuerung (Teilzeit)", "2026-04-15 13:27 +0200",
      """
Sehr geehrte Frau Baumgartner,

vielen Dank für Ihre Bewerbung im Reha-Zentrum Dreisam. Hiermit bestätigen wir den Eingang
Ihrer Unterlagen für die Stelle „Pflegefachkraft Fallsteuerung (Teilzeit)“.

Bitte sehen Sie von telefonischen Nachfragen ab; wir kommen nach Sichtung aller Bewerbungen
auf Sie zu.

Mit freundlichen Grüßen
Personalabteilung
Reha-Zentrum Dreisam gGmbH · Schwarzwaldstraße 140 · 79117 Freiburg
""", company="Reha-Zentrum Dreisam", key="rd_ack", charset="windows-1252", cte="8bit"),

    m(K, "de", "pflegepool_ack", ("Pflegepool Personal | Michèle Frei", "m.frei@pflegepool.example.ch"),
      "Ihre Bewerbung bei Pflegepool – wir sind dran", "2026-03-17 11:05 +0100",
      """
Liebe Frau Baumgartner

Vielen Dank für Ihre Bewerbung und das angenehme Telefongespräch von heute Morgen. Ihr
Dossier ist bei uns vollständig eingegangen und ich habe Sie in unserer Kartei als
Pflegefachfrau HF mit Interesse an Case Management (Raum Bern/Zürich, 80 %) erfasst.

Sobald ich eine passende Stelle bei einem unserer Kunden habe, melde ich mich bei Ihnen.

Herzliche Grüsse
Michèle Frei
Personalberaterin Gesundheit
Pflegepool Personal AG | Löwenstrasse 29 | 8001 Zürich | 044 210 77 30
""", company="Pflegepool Personal", contact="m.frei@pflegepool.example.ch", key="pp_ack",
      name_enc=("q", "iso-8859-1")),

    m(K, "en", "celvion_ack", ("Celvion Therapeutics", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Celvion Therapeutics", "2026-03-05 14:19 +0100",
      """
Hi Lena,

Thanks for applying for the Patient Support Nurse Case Manager (German/Spanish) position in
our Barcelona hub. Your application has been received and our team will review it shortly.

We review every application carefully. If your skills and experience are a match for this
role, a member of our talent team will reach out to discuss next steps.

Best,
The Celvion Talent Team

Please do not reply to this email; this mailbox is not monitored.
""", company="Celvion Therapeutics", key="c_ack"),

    m(K, "en", "vitalink_ack", ("Vitalink Health", "no-reply@hire.lever.co"),
      "Your application to Vitalink Health", "2026-05-20 09:02 +0000",
      "", company="Vitalink Health", key="v_ack", fmt="html",
      html=html("Hi Lena,",
                "Thanks for your interest in <b>Vitalink Health</b>! We've received your "
                "application for <b>Care Navigator (Nurse background), Zurich</b>.",
                "Our team is reviewing applications now. We can't respond to every applicant "
                "individually, but if there's a fit we'll be in touch within two weeks.",
                "Cheers,<br>Vitalink Health People Team",
                footer="You received this email because you applied via jobs.lever.co.")),

    m(K, "en", "carepath_ack", ("Carepath Hiring Team", "no-reply@ashbyhq.com"),
      "We got your application – Case Manager, DACH market", "2026-06-02 10:45 +0200",
      """
Hi Lena,

Thanks for applying to Carepath! We've received your application for the Case Manager,
DACH market role (Barcelona, hybrid).

What happens next: a recruiter reviews every application personally. You'll hear from us
either way within about 10 days.

Carepath Hiring Team
Carrer de Pallars 108, 08018 Barcelona
""", company="Carepath", key="cp_ack",
      html=html("Hi Lena,",
                "Thanks for applying to Carepath! We've received your application for the "
                "<b>Case Manager, DACH market</b> role (Barcelona, hybrid).",
                "What happens next: a recruiter reviews every application personally. You'll hear "
                "from us either way within about 10 days.",
                "Carepath Hiring Team"), fmt="alt"),

    m(K, "en", "helvetic_ack", ("Mark Steiner", "mark.steiner@helvetichealthsearch.example.ch"),
      "Re: Case Management Lead – Concordis", "2026-06-16 18:44 +0200",
      """
Dear Lena,

Many thanks for sending over your CV and references so quickly. I confirm receipt and I
have everything I need for the Case Management Lead position with our client Concordis
Health Insurance in Zurich.

I will present your profile to the hiring manager this week and come back to you as soon
as I have feedback.

Kind regards,
Mark

Mark Steiner
Partner | Helvetic Health Search
Bahnhofstrasse 52, 8001 Zurich | +41 44 500 31 82
""", company="Concordis", contact="mark.steiner@helvetichealthsearch.example.ch"),

    m(K, "fr", "mutuelle_ack", ("Mutuelle Romande Santé", "mutuelleromande@icims.com"),
      "Accusé de réception – Gestionnaire de cas (Lausanne)", "2026-02-23 08:30 +0100",
      """
Madame,

Nous accusons réception de votre candidature au poste de Gestionnaire de cas maladie et
accident (80 %) à Lausanne et vous remercions de l'intérêt porté à la Mutuelle Romande Santé.

Votre dossier sera examiné avec attention par notre service des ressources humaines. Nous
reviendrons vers vous dans les meilleurs délais.

Veuillez agréer, Madame, nos salutations distinguées.

Service des ressources humaines
Mutuelle Romande Santé
Avenue de Rhodanie 58, 1007 Lausanne
""", company="Mutuelle Romande Santé", key="mr_ack", name_enc=("b", "iso-8859-1"),
      charset="iso-8859-1", cte="quoted-printable"),

    m(K, "fr", "leman_ack", ("Caisse Léman Santé", "noreply@workablemail.com"),
      "Votre candidature chez Caisse Léman Santé", "2026-04-27 15:50 +0200",
      """
Bonjour Lena,

Merci d'avoir postulé au poste d'Infirmière conseil / Case manager chez Caisse Léman Santé à
Genève. Nous avons bien reçu votre candidature.

En raison du nombre important de dossiers, nous ne sommes pas en mesure de répondre
individuellement à chaque candidat à ce stade. Si votre profil correspond, nous vous
contacterons pour un premier échange.

Cordialement,
L'équipe Talents – Caisse Léman Santé
""", company="Caisse Léman Santé", key="cl_ack", subj_enc=("q", "utf-8")),

    m(K, "fr", "venoge_ack", ("RH Clinique de la Venoge", "rh@clinique-venoge.example.ch"),
      "Re: Candidature infirmière coordinatrice de réadaptation", "2026-05-12 11:11 +0200",
      """
Bonjour Madame Baumgartner,

Nous avons bien reçu votre dossier de candidature pour le poste d'infirmière coordinatrice
de réadaptation et vous en remercions.

Notre infirmière-cheffe, Mme Dufaux, est en congé jusqu'au 20 mai ; nous reviendrons donc vers
vous après son retour.

Avec nos meilleures salutations,

Service RH
Clinique de la Venoge
Chemin des Vergers 3, 1030 Bussigny
Tél. +41 21 702 18 00
""", company="Clinique de la Venoge", contact="rh@clinique-venoge.example.ch", key="cv_ack",
      charset="windows-1252", cte="quoted-printable", name_enc=None),

    m(K, "fr", "talentia_ack", ("Julien Perrottet", "julien.perrottet@talentia-sante.example.ch"),
      "Votre inscription chez Talentia Santé", "2026-07-06 09:24 +0200",
      """
Chère Madame Baumgartner,

Je vous confirme la bonne réception de votre CV et de vos certificats de travail pour le poste
de case manager que nous recrutons pour l'un de nos clients, une assurance à Genève.

Votre candidature est complète. Je reviens vers vous dès que le client aura pris connaissance
des dossiers présélectionnés.

Bien à vous,

Julien Perrottet
Consultant senior – Santé & Social
Talentia Santé SA | Rue du Rhône 65 | 1204 Genève
""", company="Talentia Santé", contact="julien.perrottet@talentia-sante.example.ch",
      cte="base64"),

    m(K, "es", "mutua_ack", ("Mutua Mediterrània", "no-reply@smartrecruiters.com"),
      "Hemos recibido tu candidatura – Gestora de casos (enfermería)", "2026-03-10 12:00 +0100",
      """
Hola Lena:

Gracias por tu interés en Mutua Mediterrània. Hemos recibido correctamente tu candidatura
para la posición de Gestora de casos con perfil de enfermería en Barcelona.

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, nos
pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Selección
Mutua Mediterrània
""", company="Mutua Mediterrània", key="mm_ack", subj_enc=("b", "utf-8")),

    m(K, "es", "talentsalud_ack", ("Marta Vilaró", "marta.vilaro@talentsalud.example.es"),
      "Candidatura recibida: Coordinadora de enfermería – Clínica Montjuïc", "2026-07-21 16:37 +0200",
      """
Hola Lena,

Te confirmo que hemos recibido tu candidatura para el puesto de Coordinadora de enfermería y
gestión de casos en Clínica Montjuïc, que estamos gestionando en exclusiva.

Esta semana revisaré los perfiles con la dirección de enfermería de la clínica y te diré algo
lo antes posible.

Un abrazo,
Marta Vilaró
Consultora de selección · TalentSalud Consultores
Pg. de Gràcia 87, 08008 Barcelona · +34 933 41 22 90
""", company="Clínica Montjuïc", contact="marta.vilaro@talentsalud.example.es",
      key="ts_ack", name_enc=("q", "windows-1252")),

    m(K, "es", "benalux_ack", ("Selección Benalux", "seleccion@benalux.example.es"),
      "Acuse de recibo – Enfermera/o programa de apoyo al paciente", "2026-08-25 10:03 +0200",
      """
Estimada Sra. Baumgartner:

Le agradecemos el envío de su currículum para el puesto de Enfermera/o del programa de
apoyo al paciente (PSP) de Laboratorios Benalux en Barcelona.

Su candidatura ha quedado registrada. Debido al volumen de solicitudes, solo contactaremos
con las personas preseleccionadas; no obstante, conservaremos sus datos para futuros procesos.

Atentamente,
Departamento de Recursos Humanos
Laboratorios Benalux, S.A.
""", company="Laboratorios Benalux", contact="seleccion@benalux.example.es", key="bx_ack",
      charset="iso-8859-1", cte="quoted-printable"),
]
