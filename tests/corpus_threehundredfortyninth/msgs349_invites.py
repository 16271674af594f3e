"""Corpus 349: interview invitations, moved/cancelled interviews and missed-interview notices."""

from __future__ import annotations

from msgs349_common import M, Spec, ics, sig

INV = "interview_invitation"
MOV = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

MAITE = "Maite Etxeberria <maite.etxeberria@kutxaberdea.example.es>"
IKER = "Iker Goikoetxea <iker.goikoetxea@itsasmendi.example.es>"
LUCIA = "Lucía Ferrer <lucia.ferrer@pagoflux.example.com>"
KB_SIG = sig("Maite Etxeberria Arrieta", "Técnica de Selección | Personas y Cultura",
             "Kutxa Berdea", "Boulevard Kalea 12, 20003 Donostia / San Sebastián",
             "Tel. +34 943 000 412")
IM_SIG = sig("Iker Goikoetxea", "Talento y Selección", "Itsasmendi Seguros",
             "Plaza Euskadi 5, 48009 Bilbao", "T. +34 944 000 150")

SPECS: list[Spec] = [
    # ===================================== invitations ====================================
    M("kb_inv", INV, "es", "2026-01-27 10:02 +0100", MAITE,
      "Entrevista - Analista de Prevención de Blanqueo (PBC/FT)", """
Buenos días, Iñigo:

Hemos revisado tu candidatura para el puesto de Analista de Prevención de Blanqueo de
Capitales y nos gustaría conocerte en persona.

Te propongo una entrevista el martes 10 de febrero a las 9:30 en nuestra sede de Boulevard
Kalea 12 (3.ª planta). Estarán Jaime Olaizola, responsable de la Unidad de PBC/FT, y yo. La
entrevista durará aproximadamente una hora.

Te adjunto la convocatoria de calendario. ¿Me confirmas si te viene bien?

Un saludo,
Maite
""" + KB_SIG, company="Kutxa Berdea", contact="maite.etxeberria@kutxaberdea.example.es",
      form="alt", ics=ics("REQUEST", "kb-pbc-0210@kutxaberdea.example.es", 0,
                          "20260210T093000", "20260210T103000",
                          "Entrevista Analista PBC/FT - Iñigo Zubizarreta", MAITE,
                          location="Boulevard Kalea 12, Donostia", stamp="20260127T090200Z")),

    M("pf_screen", INV, "es", "2026-02-09 12:30 +0100",
      "Lucía Ferrer via Greenhouse <no-reply@greenhouse-mail.io>",
      "Pagoflux: agenda tu llamada con Lucía", """
¡Hola Iñigo!

Soy Lucía, del equipo de People de Pagoflux. He leído tu candidatura para AML & Compliance
Analyst y me encantaría tener una primera llamada de 30 minutos contigo para contarte el rol
y conocer tu experiencia en oficina.

Elige el hueco que mejor te venga aquí:
https://app.greenhouse.example/schedule/pagoflux/7f3k2

Si ninguno te encaja, respóndeme a este correo y buscamos otro.

¡Un abrazo!
Lucía Ferrer
People Partner · Pagoflux
""", company="Pagoflux", reply_to=LUCIA, contact="lucia.ferrer@pagoflux.example.com",
      form="alt", brand="Pagoflux", color="#ff5a36", subj_cs="utf-8-q", name_cs="utf-8-q"),

    M("im_inv", INV, "es", "2026-03-02 09:15 +0100", IKER,
      "Convocatoria entrevista - Técnico/a de Cumplimiento Normativo", """
Hola Iñigo:

Gracias por tu interés en Itsasmendi Seguros. Nos gustaría continuar el proceso con una
entrevista por Microsoft Teams el jueves 5 de marzo a las 16:00 (45 minutos), con la
responsable de Cumplimiento Normativo, Arantza Beitia.

Recibirás el enlace en la invitación adjunta. Cualquier cosa, me dices.

Saludos,
Iker
""" + IM_SIG, company="Itsasmendi Seguros", contact="iker.goikoetxea@itsasmendi.example.es",
      ics=ics("REQUEST", "itsm-cn-77@itsasmendi.example.es", 0, "20260305T160000",
              "20260305T164500", "Entrevista Técnico/a Cumplimiento", IKER,
              location="Microsoft Teams", stamp="20260302T081500Z"),
      charset="utf-8", cte="base64"),

    M("im_inv2", INV, "es", "2026-03-20 13:00 +0100", IKER,
      "RE: Gracias por la entrevista", """
Hola Iñigo,

¡Gracias a ti! Arantza se quedó con muy buena impresión.

Nos gustaría que pasaras a la segunda fase: una entrevista presencial con el Director de
Cumplimiento, Xabier Loizaga, y un pequeño caso práctico sobre diligencia debida reforzada.
¿Te viene bien el miércoles 25 de marzo a las 10:00 en Plaza Euskadi 5, planta 12?

Saludos,
Iker
""" + IM_SIG, company="Itsasmendi Seguros", contact="iker.goikoetxea@itsasmendi.example.es",
      parent="im_thanks", quote="es"),

    M("ek_inv", INV, "es", "2026-04-14 11:20 +0200",
      "Ane Urrutia <ane.urrutia@elkarlan.example.es>",
      "Videollamada - Técnico/a de Cumplimiento (Elkarlan Taldea)", """
Kaixo Iñigo:

Soy Ane Urrutia, de Desarrollo de Personas de Elkarlan Taldea. Nos ha gustado tu perfil y
queremos tener una primera videollamada contigo.

Día: jueves 16 de abril
Hora: 10:00
Enlace: https://meet.elkarlan.example.es/cumplimiento-iz

Dura unos 40 minutos. Estará también Gorka, de la Asesoría Jurídica del Grupo.

Ondo izan,
Ane
""", company="Elkarlan Taldea", contact="ane.urrutia@elkarlan.example.es", form="alt"),

    M("ek_inv2", INV, "es", "2026-04-21 09:48 +0200",
      "Ane Urrutia <ane.urrutia@elkarlan.example.es>",
      "Re: Disculpas por la videollamada del jueves", """
Hola Iñigo:

No te preocupes, son cosas que pasan. Te mando nueva convocatoria para el lunes 27 de abril
a las 12:00, con el mismo enlace. Te llegará también como invitación de calendario.

Un saludo,
Ane
""", company="Elkarlan Taldea", contact="ane.urrutia@elkarlan.example.es",
      parent="ek_sorry", quote="es",
      ics=ics("REQUEST", "ek-cumpl-iz@elkarlan.example.es", 0, "20260427T120000",
              "20260427T124000", "Videollamada Técnico/a de Cumplimiento",
              "Ane Urrutia <ane.urrutia@elkarlan.example.es>",
              location="https://meet.elkarlan.example.es/cumplimiento-iz",
              stamp="20260421T074800Z")),

    M("tn_inv_baztan", INV, "es", "2026-04-28 16:05 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Entrevista con Seguros Baztán - Analista de Cumplimiento (Pamplona)", """
Hola Iñigo:

¡Buenas noticias! Seguros Baztán quiere entrevistarte para la posición de Analista de
Cumplimiento en Pamplona que te comenté.

Sería el martes 5 de mayo a las 11:30 en sus oficinas de la Avenida Carlos III, 20. Te
recibirán Miren Goñi (Directora de Cumplimiento) y alguien de RR. HH.

Confírmame y te preparo un pequeño briefing sobre la compañía.

Garazi Olano
Consultora Senior - Banca y Seguros
Talento Norte Consultores de Selección
""", company="Seguros Baztán", contact="garazi.olano@talentonorte.example.es",
      charset="windows-1252", cte="quoted-printable"),

    M("tn_inv_ibaizabal", INV, "es", "2026-05-12 10:30 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Ibaizabal Pagos - entrevista Teams", """
Iñigo, otra más:

Ibaizabal Pagos (la fintech de pagos de Bilbao) quiere hacerte una entrevista por Teams el
jueves 14 a las 17:00 con su Head of Compliance. El enlace te lo mandan ellos directamente.

Te adjunto la descripción del puesto por si quieres repasarla.

Garazi
""", company="Ibaizabal Pagos", contact="garazi.olano@talentonorte.example.es",
      pdfs=[("Ibaizabal_Analista_AML.pdf", ["Ibaizabal Pagos - Analista AML",
                                              "Ubicacion: Bilbao (hibrido)",
                                              "Funciones: monitorizacion de transacciones,",
                                              "revision de alertas, KYC de comercios."])]),

    M("sc_inv", INV, "es", "2026-06-15 09:05 +0200",
      "Iratxe Gorostiza <iratxe.gorostiza@seleccionacantabrico.example.es>",
      "Proceso SC-0457 - entrevista personal", """
Estimado Iñigo:

En relación con el proceso SC-0457 (Técnico/a de PBC para entidad financiera), nos gustaría
mantener con usted una entrevista personal en nuestras oficinas de Santander o, si lo
prefiere, por videoconferencia.

Le propongo el viernes 19 de junio a las 12:00. Por confidencialidad, el nombre de la entidad
se le facilitará en una fase posterior.

Quedo a la espera de su confirmación.

Iratxe Gorostiza
Selecciona Cantábrico - Consultoría de Selección
Calle Castelar 7, 39004 Santander
""", company="Selecciona Cantábrico",
      contact="iratxe.gorostiza@seleccionacantabrico.example.es", charset="iso-8859-1",
      cte="8bit"),

    M("aldabe_inv", INV, "es", "2026-06-10 08:40 +0200",
      "Leire Mendizabal <leire.mendizabal@aldabe.example.es>",
      "Entrevista Forensic & Compliance - Bilbao", """
Hola Iñigo,

Soy Leire Mendizabal, Senior Manager del área de Forensic & Compliance de Aldabe en Bilbao.
Hemos visto tu candidatura para Associate y nos gustaría conocerte.

¿Podrías venir el lunes 22 de junio a las 16:00 a Gran Vía 19? Estará también Unai Arana,
Manager del equipo. Será una conversación de una hora más o menos.

Un saludo,
Leire Mendizabal
Senior Manager | Forensic & Compliance
Aldabe Auditores y Consultores
""", company="Aldabe", contact="leire.mendizabal@aldabe.example.es", form="alt"),

    M("tempo_inv", INV, "es", "2026-07-28 12:10 +0200",
      "Oihane Lasa <oihane.lasa@tempobizkaia.example.es>",
      "Entrevista telefónica con Aseguradora Zurriola", """
Hola Iñigo:

Te confirmo la entrevista telefónica con la responsable de Cumplimiento de Aseguradora
Zurriola para la cobertura de verano: jueves 30 de julio a las 11:00. Te llamarán ellos al
móvil que tenemos (6XX XXX 214).

Es una misión de 3 meses con posibilidad de continuidad.

Oihane
Tempo Bizkaia ETT
""", company="Aseguradora Zurriola", contact="oihane.lasa@tempobizkaia.example.es"),

    M("bidasoa_inv", INV, "es", "2026-09-22 14:00 +0200",
      "Nekane Iriarte via Workable <noreply@workablemail.com>",
      "Segunda entrevista - Compliance Officer Junior (Bidasoa Fintech)", """
Hola Iñigo,

¡Gracias por la primera entrevista! Queremos invitarte a una segunda entrevista con nuestro
CEO y la responsable de Riesgos.

Por favor, elige un horario en el siguiente enlace:
https://apply.workable.example/bidasoa/j/8841/schedule

Un saludo,
Nekane Iriarte
Bidasoa Fintech
""", company="Bidasoa Fintech", reply_to="Nekane Iriarte <nekane.iriarte@bidasoa.example.es>",
      contact="nekane.iriarte@bidasoa.example.es", form="alt", brand="Bidasoa Fintech"),

    M("nervion_inv", INV, "es", "2026-08-25 11:00 +0200",
      "Patxi Larrea <patxi.larrea@nerviontalent.example.es>",
      "Banco Abando - reunión con Riesgo de Cliente", """
Iñigo, buenos días:

Banco Abando quiere conocerte. Te propongo reunión con Begoña Zárate (Directora de Riesgo de
Cliente) el martes 1 de septiembre a las 9:00 en su sede de la calle Ercilla.

Llevaríamos el CV actualizado y el certificado del curso de PBC que terminaste.

Patxi Larrea
Nervión Talent - Headhunting financiero
Tel. 946 000 355
""", company="Banco Abando", contact="patxi.larrea@nerviontalent.example.es",
      charset="iso-8859-1", cte="quoted-printable"),

    # English
    M("pf_panel", INV, "en", "2026-02-24 18:10 +0100",
      "Lucía Ferrer <lucia.ferrer@pagoflux.example.com>",
      "Pagoflux - panel interview with our Head of Compliance", """
Hi Iñigo,

Great news: after your call with me, the team would like to invite you to a panel interview
for the AML & Compliance Analyst role. Our interviews with the compliance team are in English,
as Daniel (Head of Compliance) is based in Dublin.

When: Monday 2 March, 15:00-16:00 (Madrid time)
Where: Google Meet (link in the calendar invite)
Who: Daniel Okafor (Head of Compliance) and Paula Vidal (Senior AML Analyst)

There will be a 15-minute case on a suspicious merchant onboarding. No preparation needed.

Best,
Lucía
""", company="Pagoflux", contact="lucia.ferrer@pagoflux.example.com", form="alt",
      ics=ics("REQUEST", "pf-panel-iz@pagoflux.example.com", 0, "20260302T150000",
              "20260302T160000", "Pagoflux panel interview - Iñigo Zubizarreta", LUCIA,
              location="Google Meet", stamp="20260224T171000Z")),

    M("bk_ac", INV, "en", "2026-03-16 09:30 +0000",
      "Aoife Brennan <aoife.brennan@brightmoor.example.ie>",
      "Invitation: Financial Crime Analyst Assessment Centre, Dublin", """
Dear Iñigo,

Congratulations - following your online assessments, we are delighted to invite you to our
Financial Crime Analyst assessment centre.

Date: Thursday 2 April 2026
Time: 09:00 - 15:30 (lunch provided)
Venue: Brightmoor & Kessel, 2 Hanover Quay, Dublin 2

The day includes a group exercise, a written case study and a competency interview. Please
find the agenda attached. Reasonable travel expenses will be reimbursed.

Please confirm your attendance by replying to this email by 20 March.

Kind regards,
Aoife Brennan
Experienced Hire Recruitment | Risk Advisory
Brightmoor & Kessel
""", company="Brightmoor & Kessel", contact="aoife.brennan@brightmoor.example.ie",
      pdfs=[("AC_Agenda_2_April.pdf", ["Brightmoor & Kessel - Assessment Centre",
                                         "09:00 Welcome and introductions",
                                         "09:30 Group exercise", "11:30 Written case study",
                                         "13:00 Lunch", "14:00 Competency interview",
                                         "15:30 Close"])], form="alt"),

    M("hw_inv_dodder", INV, "en", "2026-07-01 12:15 +0100",
      "Callum Ward <callum.ward@haldenward.example.co.uk>",
      "Dodder Insurance - first interview", """
Hi Iñigo,

Good news - Dodder Insurance would like to meet you for the AML Compliance Officer role in
Dublin. They've proposed a video interview on Wednesday 8 July at 14:00 Irish time with
Fiona Doyle, their MLRO.

Could you confirm and I'll lock it in? Happy to do a prep call on Monday.

Best,
Callum
Halden Ward Search
""", company="Dodder Insurance", contact="callum.ward@haldenward.example.co.uk"),

    M("portobello_inv", INV, "en", "2026-09-28 10:45 +0100",
      "Niamh from Portobello Exchange <no-reply@ashbyhq.com>",
      "Let's chat! Compliance Analyst (Crypto) at Portobello Exchange", """
Hey Iñigo,

Thanks for applying to Portobello Exchange! We'd love to set up a 45-minute video interview
with our Compliance Lead.

Pick a time that works for you: https://jobs.ashbyhq.example/portobello/interview/3h8s

Talk soon,
Niamh Kavanagh
Talent Partner
""", company="Portobello Exchange",
      reply_to="Niamh Kavanagh <niamh.kavanagh@portobello.example.ie>",
      contact="niamh.kavanagh@portobello.example.ie", form="html", brand="Portobello Exchange",
      color="#ffb000"),

    M("liffey_inv", INV, "en", "2026-05-26 15:20 +0100",
      "Ronan Fitzgerald <ronan@liffeypayments.example.ie>",
      "Liffey Payments - video screen", """
Hi Iñigo,

Thanks for your application for Financial Crime Analyst. I'm the Head of Risk here and I'd like
to do a 30-minute video screen with you.

Would Tuesday 2 June at 11:00 (Dublin) work? I'll send a Teams link once you confirm.

Ronan
--
Ronan Fitzgerald | Head of Risk | Liffey Payments
Grand Canal Dock, Dublin 4
""", company="Liffey Payments", contact="ronan@liffeypayments.example.ie", cte="7bit"),

    # German
    M("kr_inv", INV, "de", "2026-04-22 13:40 +0200",
      "Jonas Becker <jonas.becker@kryptalon.example.de>",
      "Einladung zum Video-Interview - AML Analyst (m/w/d)", """
Hallo Herr Zubizarreta,

vielen Dank für Ihre Bewerbung als AML Analyst (m/w/d) bei Kryptalon. Ihr Profil hat uns
neugierig gemacht, und wir möchten Sie gern in einem Video-Interview kennenlernen.

Termin: Mittwoch, 6. Mai 2026, 10:00-11:00 Uhr
Teilnehmende: Jonas Becker (People & Talent), Mira Schäfer (Head of AML)
Plattform: Google Meet, den Link finden Sie in der Kalendereinladung

Das Gespräch führen wir auf Englisch.

Viele Grüße
Jonas Becker
People & Talent | Kryptalon
""", company="Kryptalon", contact="jonas.becker@kryptalon.example.de", form="alt",
      ics=ics("REQUEST", "kr-aml-iz-1@kryptalon.example.de", 0, "20260506T100000",
              "20260506T110000", "Video-Interview AML Analyst",
              "Jonas Becker <jonas.becker@kryptalon.example.de>", tzid="Europe/Berlin",
              location="Google Meet", stamp="20260422T114000Z"), ics_file="einladung.ics"),

    M("sachsenhausen_inv", INV, "de", "2026-08-24 09:20 +0200",
      "Lukas Hartmann <l.hartmann@sachsenhausen-pay.example.de>",
      "Zweites Gespräch Financial Crime Analyst", """
Hallo Iñigo,

wie telefonisch besprochen, laden wir dich herzlich zu einem zweiten Gespräch ein, diesmal vor
Ort in unserem Büro in der Schweizer Straße 21.

Termin: Donnerstag, 3. September, 14:00 Uhr
Dabei: Anna Roth (Compliance) und ich

Bitte bring einen Ausweis für den Empfang mit.

Beste Grüße
Lukas Hartmann
Talent Acquisition | Sachsenhausen Payment Services
""", company="Sachsenhausen Payment Services",
      contact="l.hartmann@sachsenhausen-pay.example.de", charset="utf-8", cte="8bit"),

    M("taunus_inv", INV, "de", "2026-07-06 11:00 +0200",
      "Taunus Pay <noreply@personio.de>",
      "Einladung zum Kennenlernen bei Taunus Pay", """
Hallo Iñigo,

vielen Dank für deine Bewerbung als Compliance Analyst AML (m/w/d). Wir würden dich gern in
einem ersten Kennenlerngespräch (45 Minuten, per Video) näher kennenlernen.

Bitte wähle über den folgenden Link einen passenden Termin aus:
https://taunuspay.jobs.personio.example/interview/5521

Bei Fragen wende dich gern an Hannah Weber.

Viele Grüße
Dein Taunus Pay Team
""", company="Taunus Pay", reply_to="Hannah Weber <hannah.weber@taunuspay.example.de>",
      contact="hannah.weber@taunuspay.example.de", form="alt", brand="Taunus Pay",
      color="#0b6e4f"),

    M("roemerberg_inv", INV, "de", "2026-05-05 10:10 +0200",
      "Sabine Krüger <sabine.krueger@roemerberg-vers.example.de>",
      "Telefoninterview Compliance Referent (m/w/d)", """
Guten Tag Herr Zubizarreta,

vielen Dank für Ihre Bewerbung bei der Römerberg Versicherung. Gern würde ich Sie in einem
kurzen Telefoninterview (ca. 30 Minuten) kennenlernen.

Passt Ihnen Dienstag, der 12. Mai, um 15:00 Uhr? Ich würde Sie unter der angegebenen
Mobilnummer anrufen.

Mit freundlichen Grüßen
Sabine Krüger
Personalreferentin
Römerberg Versicherung AG | Braubachstraße 14 | 60311 Frankfurt am Main
""", company="Römerberg Versicherung", contact="sabine.krueger@roemerberg-vers.example.de",
      charset="iso-8859-1", cte="quoted-printable", name_cs="iso-8859-1-b"),

    # French
    M("bg_inv", INV, "fr", "2026-03-30 10:25 +0200",
      "Claire Dubos <claire.dubos@banquegaronne.example.fr>",
      "Entretien - Chargé(e) de conformité LCB-FT", """
Bonjour Monsieur Zubizarreta,

Votre candidature au poste de Chargé(e) de conformité LCB-FT a retenu notre attention. Je
vous propose un premier entretien téléphonique le mardi 7 avril à 10h00 (heure de Paris).

Je vous appellerai au numéro indiqué sur votre CV. Merci de me confirmer votre disponibilité.

Bien cordialement,
Claire Dubos
Chargée de recrutement
Banque Garonne Atlantique
""", company="Banque Garonne Atlantique", contact="claire.dubos@banquegaronne.example.fr",
      form="alt"),

    M("bg_inv2", INV, "fr", "2026-04-10 15:00 +0200",
      "Claire Dubos <claire.dubos@banquegaronne.example.fr>",
      "RE: Entretien manqué du 7 avril", """
Bonjour Monsieur Zubizarreta,

Merci pour votre message et vos explications. Je vous propose un nouvel entretien, cette fois
en visioconférence, le jeudi 16 avril à 14h30, avec Mme Peyrot, responsable conformité.

Vous trouverez l'invitation ci-jointe.

Bien cordialement,
Claire Dubos
""", company="Banque Garonne Atlantique", contact="claire.dubos@banquegaronne.example.fr",
      parent="bg_sorry", quote="fr",
      ics=ics("REQUEST", "bga-lcbft-16avr@banquegaronne.example.fr", 0, "20260416T143000",
              "20260416T153000", "Entretien conformité LCB-FT - I. Zubizarreta",
              "Claire Dubos <claire.dubos@banquegaronne.example.fr>", tzid="Europe/Paris",
              location="Visioconférence Teams", stamp="20260410T130000Z"),
      charset="iso-8859-1", cte="quoted-printable"),

    M("bm_inv", INV, "fr", "2026-06-03 11:50 +0200",
      "Élodie Schmit <elodie.schmit@banquemosellane.example.lu>",
      "Invitation à un entretien - Analyste KYC", """
Monsieur Zubizarreta,

Suite à votre candidature pour le poste d'Analyste KYC, nous avons le plaisir de vous
inviter à un entretien dans nos locaux du boulevard Royal à Luxembourg, le mercredi 17 juin à
10h00.

L'entretien se déroulera en français et en anglais. Merci de vous munir d'une pièce
d'identité.

Cordialement,
Élodie Schmit
Ressources Humaines - Banque Mosellane
""", company="Banque Mosellane", contact="elodie.schmit@banquemosellane.example.lu",
      name_cs="iso-8859-1-q", subj_cs="iso-8859-1"),

    M("ga_inv", INV, "fr", "2026-08-18 16:35 +0200",
      "Assurances Garonne - Recrutement <noreply@taleo.net>",
      "Invitation : entretien Analyste conformité", """
Bonjour Iñigo,

Nous avons le plaisir de vous convier à un entretien pour le poste d'Analyste conformité
(H/F) basé à Bordeaux-Lac.

Date : mardi 1er septembre 2026
Heure : 9h30
Lieu : Assurances Garonne, 2 rue Lucien Faure, 33300 Bordeaux

Pour toute question, répondez directement à ce message : il sera transmis à Mathilde
Roussel, chargée de recrutement.

Cordialement,
Assurances Garonne
""", company="Assurances Garonne",
      reply_to="Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
      contact="mathilde.roussel@assurances-garonne.example.fr", form="alt",
      ics=ics("REQUEST", "ag-conf-0901@assurances-garonne.example.fr", 0, "20260901T093000",
              "20260901T103000", "Entretien Analyste conformité",
              "Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
              tzid="Europe/Paris", location="2 rue Lucien Faure, Bordeaux",
              stamp="20260818T143500Z")),

    # ====================================== reschedules ====================================
    M("kb_move", MOV, "es", "2026-02-05 17:45 +0100", MAITE,
      "RE: Entrevista - Analista de Prevención de Blanqueo (PBC/FT)", """
Hola Iñigo:

Gracias por confirmar. Te escribo porque a Jaime le ha surgido una reunión con auditoría
interna justo el martes 10 por la mañana. ¿Podríamos pasar la entrevista al jueves 12 de
febrero a las 12:00, mismo sitio? Te mando la convocatoria actualizada.

Perdona el cambio.

Maite
""" + KB_SIG, company="Kutxa Berdea", contact="maite.etxeberria@kutxaberdea.example.es",
      parent="kb_conf", quote="es", form="alt",
      ics=ics("REQUEST", "kb-pbc-0210@kutxaberdea.example.es", 1, "20260212T120000",
              "20260212T130000", "Entrevista Analista PBC/FT - Iñigo Zubizarreta (NUEVA HORA)",
              MAITE, location="Boulevard Kalea 12, Donostia", stamp="20260205T164500Z"),
      ics_cte="base64"),

    M("pf_move", MOV, "es", "2026-02-10 08:55 +0100",
      "Lucía Ferrer <lucia.ferrer@pagoflux.example.com>",
      "Cambio de hora - llamada Pagoflux", """
¡Hola Iñigo!

Te escribo rapidito: me ha entrado un solapamiento con el all-hands y necesitaría mover
nuestra llamada de hoy de las 16:00 a las 17:00. ¿Te encaja? Si no, dime otro momento esta
semana.

¡Gracias y perdona!
Lucía
""", company="Pagoflux", contact="lucia.ferrer@pagoflux.example.com"),

    M("im_move", MOV, "es", "2026-03-04 12:22 +0100", IKER,
      "Actualizado: Entrevista Técnico/a Cumplimiento", """
Hola Iñigo:

Arantza tiene que viajar mañana a Madrid, así que movemos la entrevista al viernes 6 de
marzo, a la misma hora (16:00). El enlace de Teams es el mismo; te envío la invitación
actualizada y anulo la anterior.

Gracias por la flexibilidad.

Iker
""" + IM_SIG, company="Itsasmendi Seguros", contact="iker.goikoetxea@itsasmendi.example.es",
      parent="im_inv", quote="outlook",
      ics=ics("REQUEST", "itsm-cn-77@itsasmendi.example.es", 1, "20260306T160000",
              "20260306T164500", "Entrevista Técnico/a Cumplimiento (cambio de fecha)", IKER,
              location="Microsoft Teams", stamp="20260304T112200Z"),
      headers={"Importance": "high", "X-MS-Has-Attach": ""}),

    M("tn_move_baztan", MOV, "es", "2026-05-04 18:30 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Aplazamiento entrevista Seguros Baztán", """
Iñigo, te escribo a última hora:

Miren Goñi está de baja unos días y Seguros Baztán me pide aplazar la entrevista de mañana.
En cuanto me den nueva fecha te aviso; el proceso sigue en pie y sigues siendo uno de los
candidatos que más les interesan.

Perdona las molestias.
Garazi
""", company="Seguros Baztán", contact="garazi.olano@talentonorte.example.es",
      parent="tn_inv_baztan", quote="es", charset="windows-1252", cte="8bit"),

    M("sc_move", MOV, "es", "2026-06-17 13:50 +0200",
      "Iratxe Gorostiza <iratxe.gorostiza@seleccionacantabrico.example.es>",
      "Anulación entrevista 19/06 - Proceso SC-0457", """
Estimado Iñigo:

Le informo de que nos vemos obligados a anular la entrevista prevista para el viernes 19 de
junio por un cambio en la agenda del cliente. Le propondremos una nueva fecha en los próximos
días.

Disculpe las molestias.

Iratxe Gorostiza
Selecciona Cantábrico
""", company="Selecciona Cantábrico",
      contact="iratxe.gorostiza@seleccionacantabrico.example.es", charset="iso-8859-1",
      cte="8bit", parent="sc_inv"),

    M("aldabe_move", MOV, "es", "2026-06-19 10:05 +0200",
      "Leire Mendizabal <leire.mendizabal@aldabe.example.es>",
      "Cambio de hora entrevista lunes 22", """
Hola Iñigo,

Te pido disculpas, pero tenemos un cierre con un cliente el lunes por la tarde. ¿Te iría bien
adelantar la entrevista del lunes 22 a las 9:30 de la mañana? El lugar es el mismo.

Gracias,
Leire
""", company="Aldabe", contact="leire.mendizabal@aldabe.example.es", parent="aldabe_inv"),

    M("nervion_move", MOV, "es", "2026-08-31 19:20 +0200",
      "Patxi Larrea <patxi.larrea@nerviontalent.example.es>",
      "Re: Banco Abando - reunión con Riesgo de Cliente", """
Iñigo:

Begoña me acaba de escribir: mañana tiene el comité de riesgos y no puede estar a las 9:00.
Pasamos la reunión al jueves 3 de septiembre a las 9:00, mismo sitio. ¿Te va bien?

Patxi
""", company="Banco Abando", contact="patxi.larrea@nerviontalent.example.es",
      parent="nervion_inv", quote="es", charset="iso-8859-1", cte="quoted-printable"),

    # English
    M("bk_move", MOV, "en", "2026-03-20 11:40 +0000",
      "Aoife Brennan <aoife.brennan@brightmoor.example.ie>",
      "RE: Assessment Centre 2 April - request to change date", """
Hi Iñigo,

No problem at all, thanks for letting us know early. I've moved you to the next assessment
centre on Wednesday 8 April, same times and venue (09:00-15:30, 2 Hanover Quay). The agenda
is unchanged.

Kind regards,
Aoife
""", company="Brightmoor & Kessel", contact="aoife.brennan@brightmoor.example.ie",
      parent="bk_req", quote="outlook"),

    M("hw_move_dodder", MOV, "en", "2026-07-07 17:05 +0100",
      "Callum Ward <callum.ward@haldenward.example.co.uk>",
      "Re: Dodder Insurance - first interview", """
Hi Iñigo,

Fiona at Dodder has been pulled into a Central Bank meeting tomorrow, so they've asked to push
the interview to Friday 10 July, same time (14:00 Irish time). Apologies for the shuffle -
they're still very keen.

Callum
""", company="Dodder Insurance", contact="callum.ward@haldenward.example.co.uk",
      parent="hw_inv_dodder", quote="en"),

    M("liffey_cancel", MOV, "en", "2026-06-01 19:40 +0100",
      "Ronan Fitzgerald <ronan@liffeypayments.example.ie>",
      "Cancelled: Liffey Payments video screen", """
Hi Iñigo,

I'm really sorry, something urgent has come up with one of our acquiring partners and I have
to cancel tomorrow's call. I'll come back to you with a new time later this week.

Ronan
""", company="Liffey Payments", contact="ronan@liffeypayments.example.ie",
      ics=ics("CANCEL", "liffey-screen-iz@liffeypayments.example.ie", 1, "20260602T110000",
              "20260602T113000", "Liffey Payments video screen",
              "Ronan Fitzgerald <ronan@liffeypayments.example.ie>", tzid="Europe/Dublin",
              stamp="20260601T184000Z")),

    # German
    M("kr_cancel", MOV, "de", "2026-05-04 16:15 +0200",
      "Jonas Becker <jonas.becker@kryptalon.example.de>",
      "Abgesagt: Video-Interview AML Analyst", """
Hallo Herr Zubizarreta,

leider müssen wir das für Mittwoch, den 6. Mai, geplante Video-Interview absagen, da Frau
Schäfer kurzfristig verhindert ist. Ihre Bewerbung läuft selbstverständlich weiter; ich melde
mich in den nächsten Tagen mit einem neuen Terminvorschlag.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Viele Grüße
Jonas Becker
""", company="Kryptalon", contact="jonas.becker@kryptalon.example.de", parent="kr_inv",
      ics=ics("CANCEL", "kr-aml-iz-1@kryptalon.example.de", 1, "20260506T100000",
              "20260506T110000", "Abgesagt: Video-Interview AML Analyst",
              "Jonas Becker <jonas.becker@kryptalon.example.de>", tzid="Europe/Berlin",
              stamp="20260504T141500Z"), charset="iso-8859-1", cte="quoted-printable"),

    M("taunus_move", MOV, "de", "2026-07-13 08:30 +0200",
      "Taunus Pay <noreply@personio.de>",
      "Terminänderung: Kennenlerngespräch Taunus Pay", """
Hallo Iñigo,

dein Kennenlerngespräch für die Position Compliance Analyst AML (m/w/d) wurde verschoben.

Neuer Termin: Donnerstag, 16. Juli 2026, 13:30-14:15 Uhr
Ort: Microsoft Teams

Wir freuen uns auf das Gespräch!
Dein Taunus Pay Team
""", company="Taunus Pay", reply_to="Hannah Weber <hannah.weber@taunuspay.example.de>",
      contact="hannah.weber@taunuspay.example.de", form="html", brand="Taunus Pay",
      color="#0b6e4f", subj_cs="utf-8-b"),

    M("sachsenhausen_move", MOV, "de", "2026-08-28 12:00 +0200",
      "Lukas Hartmann <l.hartmann@sachsenhausen-pay.example.de>",
      "AW: Zweites Gespräch Financial Crime Analyst", """
Hallo Iñigo,

kleine Änderung: Anna ist am Donnerstag auf einer Schulung. Können wir das Gespräch auf
Freitag, 4. September, 10:00 Uhr verschieben? Ort bleibt gleich.

Beste Grüße
Lukas
""", company="Sachsenhausen Payment Services",
      contact="l.hartmann@sachsenhausen-pay.example.de", parent="sachsenhausen_inv",
      quote="outlook", charset="utf-8", cte="8bit"),

    # French
    M("bm_move", MOV, "fr", "2026-06-12 09:40 +0200",
      "Élodie Schmit <elodie.schmit@banquemosellane.example.lu>",
      "Report de votre entretien du 17 juin", """
Monsieur Zubizarreta,

En raison d'un comité de direction exceptionnel, nous sommes contraints de reporter votre
entretien du 17 juin. Nous vous proposons le mardi 23 juin à 14h00, au même endroit.

Merci de nous confirmer si ce créneau vous convient.

Cordialement,
Élodie Schmit
""", company="Banque Mosellane", contact="elodie.schmit@banquemosellane.example.lu",
      parent="bm_inv", quote="fr", name_cs="iso-8859-1-q", form="alt"),

    M("ga_move", MOV, "fr", "2026-08-27 14:10 +0200",
      "Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
      "Mise à jour : entretien Analyste conformité", """
Bonjour Iñigo,

Je dois décaler notre entretien du 1er septembre : il aura finalement lieu le mercredi 2
septembre à 11h00, toujours rue Lucien Faure. L'invitation a été mise à jour.

Bonne fin de semaine,
Mathilde Roussel
Chargée de recrutement - Assurances Garonne
""", company="Assurances Garonne", contact="mathilde.roussel@assurances-garonne.example.fr",
      ics=ics("REQUEST", "ag-conf-0901@assurances-garonne.example.fr", 2, "20260902T110000",
              "20260902T120000", "Entretien Analyste conformité (nouvel horaire)",
              "Mathilde Roussel <mathilde.roussel@assurances-garonne.example.fr>",
              tzid="Europe/Paris", location="2 rue Lucien Faure, Bordeaux",
              stamp="20260827T121000Z"), subj_cs="utf-8-q", ics_cte="quoted-printable"),

    # ===================================== missed ==========================================
    M("ek_missed", MIS, "es", "2026-04-16 10:25 +0200",
      "Ane Urrutia <ane.urrutia@elkarlan.example.es>",
      "Videollamada de hoy 10:00", """
Hola Iñigo:

Te hemos estado esperando Gorka y yo en la videollamada de las 10:00 y no has podido
conectarte. Espero que esté todo bien.

Si sigues interesado en el proceso, dime qué días te vienen bien la semana que viene y vemos
otro hueco.

Ane
""", company="Elkarlan Taldea", contact="ane.urrutia@elkarlan.example.es"),

    M("tempo_missed", MIS, "es", "2026-07-30 11:40 +0200",
      "Oihane Lasa <oihane.lasa@tempobizkaia.example.es>",
      "No pudieron localizarte - Aseguradora Zurriola", """
Hola Iñigo:

Me dicen desde Aseguradora Zurriola que te han llamado a las 11:00, como estaba acordado, y
que no has contestado (lo han intentado dos veces). Llámame en cuanto puedas y vemos si se
puede recuperar la entrevista.

Oihane - Tempo Bizkaia ETT
""", company="Aseguradora Zurriola", contact="oihane.lasa@tempobizkaia.example.es",
      charset="windows-1252", cte="base64"),

    M("tn_missed_ibaizabal", MIS, "es", "2026-05-14 17:25 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "¿Qué ha pasado con la entrevista de Ibaizabal?", """
Iñigo, ¿todo bien?

Me acaba de escribir el Head of Compliance de Ibaizabal Pagos: te ha estado esperando en
Teams desde las 17:00 y no te has conectado. ¿Te llegó el enlace? Dime algo lo antes posible
para intentar reconducirlo.

Garazi
""", company="Ibaizabal Pagos", contact="garazi.olano@talentonorte.example.es",
      subj_cs="iso-8859-1"),

    M("txingudi_missed", MIS, "es", "2026-09-15 12:45 +0200",
      "Marta Irigoien <seleccion@segurostxingudi.example.es>",
      "Entrevista telefónica - Analista de Cumplimiento", """
Buenos días, Sr. Zubizarreta:

Hoy a las 12:00 intentamos contactar con usted en el teléfono facilitado para la entrevista
telefónica acordada, sin éxito. Le hemos dejado un mensaje en el contestador.

Si desea continuar en el proceso, le rogamos que nos indique su disponibilidad respondiendo a
este correo.

Atentamente,
Marta Irigoien
RR. HH. - Seguros Txingudi
""", company="Seguros Txingudi", contact="seleccion@segurostxingudi.example.es",
      charset="iso-8859-1", cte="quoted-printable"),

    M("ultzama_missed", MIS, "es", "2026-08-12 10:32 +0200",
      "Carmen Arbizu <carmen.arbizu@cajaultzama.example.es>",
      "Te esperábamos a las 10:00", """
Hola Iñigo,

Te esperábamos a las 10:00 para la videoentrevista del puesto de Técnico/a de Prevención de
Blanqueo y no te has conectado. Hemos aguardado un cuarto de hora.

Un saludo,
Carmen Arbizu
Selección - Caja Ultzama
""", company="Caja Ultzama", contact="carmen.arbizu@cajaultzama.example.es", form="alt"),

    # English
    M("gcb_missed", MIS, "en", "2026-07-07 10:20 +0100",
      "Sinead Murphy <sinead.murphy@grandcanalbank.example.ie>",
      "Missed call - AML Operations Associate", """
Hi Iñigo,

I tried to call you at 10:00 this morning for our scheduled phone interview but couldn't reach
you, and the call went to voicemail. If you're still interested in the role, let me know a
couple of times that suit you this week.

Thanks,
Sinead Murphy
Talent Acquisition, Grand Canal Bank
""", company="Grand Canal Bank", contact="sinead.murphy@grandcanalbank.example.ie"),

    M("kirchberg_missed", MIS, "en", "2026-08-10 15:25 +0200",
      "Sophie Meyers <sophie.meyers@kirchberg.example.lu>",
      "We missed you today", """
Dear Iñigo,

We were expecting you on Zoom at 15:00 today for your interview for the Sanctions Screening
Analyst position, but you did not join. We waited for around 20 minutes.

We can offer one more slot on Thursday 13 August at 09:30 - please let me know by tomorrow.

Best regards,
Sophie Meyers
HR Business Partner | Kirchberg Custody S.A.
""", company="Kirchberg Custody", contact="sophie.meyers@kirchberg.example.lu", form="alt"),

    # German
    M("zw_missed", MIS, "de", "2026-05-20 14:20 +0200",
      "Katrin Vogel <k.vogel@zeitwerk-personal.example.de>",
      "Unser Telefontermin heute", """
Sehr geehrter Herr Zubizarreta,

ich habe heute um 14:00 Uhr wie vereinbart versucht, Sie anzurufen, konnte Sie aber leider
nicht erreichen. Bitte melden Sie sich bei mir, wenn Sie weiterhin Interesse an der Position
haben.

Mit freundlichen Grüßen
Katrin Vogel
Zeitwerk Personal GmbH
""", company="Zeitwerk Personal", contact="k.vogel@zeitwerk-personal.example.de",
      charset="iso-8859-1", cte="8bit"),

    M("ostend_missed", MIS, "de", "2026-09-30 11:35 +0200",
      "Ostend Versicherung <karriere@ostend-versicherung.example.de>",
      "Ihr Video-Interview am 30.09.", """
Guten Tag Herr Zubizarreta,

zu Ihrem heutigen Video-Interview um 11:00 Uhr haben wir vergeblich auf Sie gewartet. Wir gehen
davon aus, dass etwas dazwischengekommen ist.

Bitte teilen Sie uns mit, ob Sie weiterhin Interesse an der Stelle Referent Geldwäsche
(m/w/d) haben.

Freundliche Grüße
Dr. Martin Fuchs
Personalabteilung Ostend Versicherung
""", company="Ostend Versicherung",
      reply_to="Dr. Martin Fuchs <martin.fuchs@ostend-versicherung.example.de>",
      contact="martin.fuchs@ostend-versicherung.example.de", form="alt", subj_cs="utf-8-q"),

    # French
    M("bg_missed", MIS, "fr", "2026-04-07 10:35 +0200",
      "Claire Dubos <claire.dubos@banquegaronne.example.fr>",
      "Entretien manqué du 7 avril", """
Bonjour Monsieur Zubizarreta,

J'ai tenté de vous joindre ce matin à 10h00 pour notre entretien téléphonique, à deux reprises,
sans succès. Je vous ai laissé un message vocal.

Pourriez-vous me recontacter pour que nous convenions d'un nouveau créneau ?

Bien cordialement,
Claire Dubos
Banque Garonne Atlantique
""", company="Banque Garonne Atlantique", contact="claire.dubos@banquegaronne.example.fr",
      charset="windows-1252", cte="quoted-printable", parent="bg_inv"),
]
