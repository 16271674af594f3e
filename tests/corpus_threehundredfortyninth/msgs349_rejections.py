"""Corpus 349: every 'no' to Iñigo's applications (kind rejection)."""

from __future__ import annotations

from msgs349_common import CAND, M, Spec, sig

K = "rejection"

SPECS: list[Spec] = [
    # --- Spanish ---------------------------------------------------------------------------
    M("kb_rej", K, "es", "2026-02-20 13:05 +0100",
      "Maite Etxeberria <maite.etxeberria@kutxaberdea.example.es>",
      "RE: Agradecimiento - entrevista Analista PBC/FT", """
Hola Iñigo:

Muchas gracias por tu mensaje y por el tiempo que nos dedicaste el martes. Fue una
conversación muy agradable y se nota que conoces bien la operativa de oficina.

Después de valorar todas las entrevistas, el comité ha decidido continuar con otra persona
que ya tiene experiencia directa en la unidad de prevención de blanqueo de un banco, algo que
para este puesto en concreto pesaba mucho. Sé que no es la noticia que esperabas.

Guardaremos tu candidatura para futuras vacantes del área de Cumplimiento Normativo y, si te
parece bien, te escribiré si se abre algo más junior en los próximos meses.

Un abrazo y mucha suerte,
Maite
""" + sig("Maite Etxeberria Arrieta", "Técnica de Selección | Personas y Cultura",
          "Kutxa Berdea", "Boulevard Kalea 12, 20003 Donostia / San Sebastián",
          "Tel. +34 943 000 412"),
      company="Kutxa Berdea", contact="maite.etxeberria@kutxaberdea.example.es",
      parent="kb_thanks", quote="es", charset="iso-8859-1", cte="quoted-printable",
      subj_cs="iso-8859-1", headers={"Thread-Topic": "Agradecimiento - entrevista"}),

    M("ek_rej", K, "es", "2026-05-08 17:40 +0200",
      "Ane Urrutia <ane.urrutia@elkarlan.example.es>",
      "Proceso Técnico/a de Cumplimiento - actualización", """
Kaixo Iñigo:

Te escribo para contarte en qué punto está el proceso de Técnico/a de Cumplimiento.

Por una reorganización interna del área de Riesgos del Grupo, la Dirección ha decidido
suspender esta incorporación hasta nuevo aviso. Eso significa que cerramos el proceso y no
vamos a seguir adelante con las candidaturas que estaban abiertas, incluida la tuya.

Lamento mucho comunicártelo después de las dos conversaciones que hemos tenido. Si en el
futuro se reactiva la posición, se publicará de nuevo en nuestra web de empleo.

Eskerrik asko,
Ane Urrutia
Desarrollo de Personas - Elkarlan Taldea
""", company="Elkarlan Taldea", contact="ane.urrutia@elkarlan.example.es",
      parent="ek_inv2", form="alt"),

    M("ci_rej", K, "es", "2026-02-26 08:02 +0100",
      "Caja Iruña Empleo <no-reply@icims.com>",
      "Tu candidatura a Gestor/a de Cumplimiento (Ref. 2026-118)", """
Estimado/a Iñigo:

Gracias por tu interés en Caja Iruña y por presentar tu candidatura al puesto de Gestor/a de
Cumplimiento Normativo en Pamplona.

Hemos revisado con atención todos los perfiles recibidos. En esta ocasión tu candidatura no
ha sido preseleccionada para la siguiente fase del proceso.

Te animamos a seguir consultando nuestras ofertas en el portal de empleo.

Atentamente,
Equipo de Selección
Caja Iruña
""", company="Caja Iruña", form="html", brand="Caja Iruña · Empleo", color="#8a1538",
      footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a este "
      "correo.", cte="base64"),

    M("tn_rej_ibaizabal", K, "es", "2026-06-11 12:20 +0200",
      "Garazi Olano | Talento Norte <garazi.olano@talentonorte.example.es>",
      "Candidatura Analista AML - Ibaizabal Pagos", """
Buenos días Iñigo,

Ayer tuve la reunión de seguimiento con Ibaizabal Pagos. Me han trasladado que, aunque les
gustó tu actitud en la entrevista, finalmente han optado por un perfil con más recorrido en
monitorización de transacciones con herramientas tipo Actimize.

Así que, por mi parte, cierro tu candidatura para esta posición. No lo tomes como un "no"
definitivo a trabajar juntos: tengo otros procesos de cumplimiento en Bizkaia y te tendré en
cuenta.

Un saludo,
Garazi Olano
Consultora Senior - Banca y Seguros
Talento Norte Consultores de Selección
Alameda Mazarredo 40, 48009 Bilbao · +34 944 000 233
""", company="Ibaizabal Pagos", contact="garazi.olano@talentonorte.example.es",
      charset="windows-1252", cte="8bit", name_cs="utf-8-q"),

    M("sc_rej", K, "es", "2026-07-02 10:11 +0200",
      "Selecciona Cantábrico <procesos@seleccionacantabrico.example.es>",
      "Proceso ref. SC-0457 Técnico/a PBC", """
Estimado Iñigo:

Le agradecemos su participación en el proceso de selección ref. SC-0457 (Técnico/a de
Prevención de Blanqueo para una importante entidad financiera del norte).

Una vez finalizada la fase de entrevistas, lamentamos comunicarle que su perfil no ha sido
finalista. Nuestro cliente ha elegido a otro candidato cuya trayectoria se ajusta más a los
requisitos del puesto.

Conservaremos sus datos, de acuerdo con la política de privacidad que aceptó, para futuros
procesos.

Reciba un cordial saludo,
Iratxe Gorostiza
Selecciona Cantábrico
""", company="Selecciona Cantábrico",
      contact="iratxe.gorostiza@seleccionacantabrico.example.es",
      reply_to="Iratxe Gorostiza <iratxe.gorostiza@seleccionacantabrico.example.es>",
      form="alt", cte="quoted-printable"),

    M("fe_rej_urumea", K, "es", "2026-03-19 07:45 +0100",
      "FinanEmpleo <no-reply@finanempleo.example.es>",
      "Banco Urumea ha actualizado el estado de tu candidatura", """
Hola Iñigo,

Banco Urumea ha actualizado el estado de tu candidatura a "Analista de Prevención de
Blanqueo de Capitales" (San Sebastián).

Estado: Descartado

La empresa ha decidido no continuar contigo en este proceso. No te desanimes: hay 37 ofertas
nuevas de cumplimiento normativo que encajan con tu perfil.

Ver ofertas similares: https://www.finanempleo.example.es/ofertas?q=cumplimiento

El equipo de FinanEmpleo
""", company="Banco Urumea", form="alt", brand="FinanEmpleo", color="#0a7d5a"),

    M("md_rej_interna", K, "es", "2026-04-15 16:30 +0200",
      "Jon Ansola <jansola@mutuadeusto.example.es>",
      "Vacante Técnico de Cumplimiento", """
Hola Iñigo,

Te escribo en relación con la vacante de Técnico de Cumplimiento a la que te presentaste en
marzo. Finalmente el puesto se ha cubierto con una persona de nuestra propia plantilla, que
venía del departamento de Siniestros y conocía ya los procedimientos internos.

Por ese motivo no vamos a seguir con el proceso externo. Te agradezco de verdad el interés y
el CV tan cuidado que nos enviaste.

Saludos cordiales,
Jon Ansola
Responsable de RR. HH. - Mutua Deusto
""", company="Mutua Deusto", contact="jansola@mutuadeusto.example.es",
      charset="windows-1252", cte="8bit"),

    M("larraun_cancel", K, "es", "2026-05-22 09:00 +0200",
      "Caja Larraun <no-reply@hire.lever.co>",
      "Actualización sobre el puesto Analista KYC - Pamplona", """
Hola Iñigo,

Queremos informarte de que la posición de Analista KYC en Pamplona ha sido cancelada tras
una revisión de la planificación de plantilla para este año. Por lo tanto, no continuaremos
con el proceso de selección y tu candidatura queda cerrada.

Sentimos las molestias y te agradecemos sinceramente el tiempo invertido.

Un saludo,
Caja Larraun - Talento
""", company="Caja Larraun", form="alt"),

    M("aldabe_rej", K, "es", "2026-06-24 18:12 +0200",
      "Leire Mendizabal <leire.mendizabal@aldabe.example.es>",
      "Re: Entrevista Forensic & Compliance - Bilbao", """
Hola Iñigo,

Gracias de nuevo por venir a nuestra oficina de Bilbao y por la conversación con Unai y
conmigo.

Hemos cerrado el proceso para la posición de Associate en Forensic & Compliance y, tras
mucho debate, hemos decidido seguir adelante con candidatos cuya experiencia se ajusta más a
proyectos de auditoría de modelos de prevención. Tu perfil nos parece muy interesante, pero
creemos que hoy encajaría mejor en un rol más operativo.

Te deseo mucha suerte en la búsqueda.

Leire Mendizabal
Senior Manager | Forensic & Compliance
Aldabe Auditores y Consultores
Gran Vía 19, 48001 Bilbao

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine.
""", company="Aldabe", contact="leire.mendizabal@aldabe.example.es",
      parent="aldabe_inv", quote="outlook"),

    M("txanpon_rej", K, "es", "2026-03-09 11:47 +0100",
      "Txanpon Pay <no-reply@ashbyhq.com>",
      "Tu candidatura en Txanpon Pay", """
Hola Iñigo:

Gracias por aplicar a Compliance Analyst (Madrid) en Txanpon Pay. Hemos recibido muchísimas
candidaturas y hemos revisado la tuya con cariño.

Por ahora vamos a avanzar con personas cuyo perfil encaja un poco más con lo que buscamos en
esta fase, así que no seguiremos adelante con tu candidatura.

¡Te deseamos lo mejor!
El equipo de Txanpon Pay
""", company="Txanpon Pay", form="html", cte="quoted-printable", brand="Txanpon Pay",
      color="#5b2be0"),

    M("tempo_rej_zurriola", K, "es", "2026-08-06 13:15 +0200",
      "Oihane Lasa <oihane.lasa@tempobizkaia.example.es>",
      "Puesto administrativo cumplimiento - Aseguradora Zurriola", """
Hola Iñigo, buenas tardes.

Te llamo luego pero te lo adelanto por correo: Aseguradora Zurriola nos ha comunicado que no
sigue con tu candidatura para la cobertura de verano en su departamento de Cumplimiento.
Han preferido a alguien que pudiera empezar ya el lunes.

Si te interesa, sigo teniendo tu perfil activo para otras misiones en banca y seguros.

Oihane Lasa
Técnica de Selección
Tempo Bizkaia ETT - Oficina de Bilbao
Tel. 944 000 871
""", company="Aseguradora Zurriola", contact="oihane.lasa@tempobizkaia.example.es"),

    M("ultzama_rej", K, "es", "2026-09-03 10:25 +0200",
      "Caja Ultzama <no-reply@recruitee.com>",
      "Vacante cubierta: Técnico/a de Prevención de Blanqueo", """
Hola Iñigo,

Te escribimos para informarte de que la vacante de Técnico/a de Prevención de Blanqueo a la
que te inscribiste ya ha sido cubierta.

Gracias por tu interés en formar parte de Caja Ultzama. Tu candidatura permanecerá en nuestra
base de datos durante 12 meses.

Saludos,
Caja Ultzama
""", company="Caja Ultzama", reply_to="Caja Ultzama <no-reply@recruitee.com>",
      form="alt", brand="Caja Ultzama", color="#2e6b30"),

    M("bidasoa_rej", K, "es", "2026-10-01 15:55 +0200",
      "Bidasoa Fintech <noreply@workablemail.com>",
      "Bidasoa Fintech - Compliance Officer Junior", """
Hola Iñigo,

Muchas gracias por participar en la segunda entrevista para Compliance Officer Junior.
Queríamos decírtelo lo antes posible: lamentablemente no has sido seleccionado para la fase
final.

Valoramos mucho tu formación en PBC/FT y tu experiencia de cara al cliente. Te deseamos mucha
suerte en tus próximos pasos.

Un saludo,
Bidasoa Fintech
""", company="Bidasoa Fintech", reply_to="Nekane Iriarte <nekane.iriarte@bidasoa.example.es>",
      contact="nekane.iriarte@bidasoa.example.es", form="alt", cte="base64"),

    M("nervion_fwd_abando", K, "es", "2026-09-17 12:40 +0200",
      "Patxi Larrea <patxi.larrea@nerviontalent.example.es>",
      "RV: Respuesta Banco Abando - candidatura Iñigo Zubizarreta", """
Iñigo, buenos días:

Te reenvío la respuesta que me ha llegado de Banco Abando. Como verás, no van a seguir con tu
candidatura para el puesto de Analista de Riesgo de Cliente. Lo siento, sé que te hacía
ilusión.

Hablamos esta semana y repasamos los otros dos procesos.

Patxi Larrea
Nervión Talent - Headhunting financiero
""", company="Banco Abando", contact="patxi.larrea@nerviontalent.example.es",
      fwd=M("abando_inner", K, "es", "2026-09-16 19:02 +0200",
            "Begoña Zárate <bzarate@bancoabando.example.es>",
            "Candidatura Iñigo Zubizarreta", """
Hola Patxi,

Gracias por presentarnos a Iñigo. Lo hemos valorado con el equipo de Riesgo de Cliente y no
vamos a continuar con él: buscamos a alguien con experiencia previa en revisión KYC de
banca corporativa.

Un saludo,
Begoña
""", to="Patxi Larrea <patxi.larrea@nerviontalent.example.es>"), hdr_cs="iso-8859-1"),

    M("txingudi_rej", K, "es", "2026-10-14 09:33 +0200",
      "RRHH Seguros Txingudi <seleccion@segurostxingudi.example.es>",
      "RE: Estado de mi candidatura - Analista de Cumplimiento", """
Buenos días, Sr. Zubizarreta:

Disculpe la demora en responder. El proceso de Analista de Cumplimiento se cerró la semana
pasada y, lamentablemente, su candidatura no ha resultado seleccionada.

Le agradecemos el interés mostrado en Seguros Txingudi.

Atentamente,
Marta Irigoien
Departamento de Recursos Humanos
Seguros Txingudi
Avda. de Navarra 3, 20300 Irun
""", company="Seguros Txingudi", contact="seleccion@segurostxingudi.example.es",
      parent="txingudi_ask", quote="outlook", charset="iso-8859-1", cte="8bit",
      name_cs="iso-8859-1"),

    # --- English ---------------------------------------------------------------------------
    M("bk_rej", K, "en", "2026-04-14 16:20 +0100",
      "Aoife Brennan <aoife.brennan@brightmoor.example.ie>",
      "Brightmoor & Kessel - Financial Crime Assessment Centre outcome", """
Dear Iñigo,

Thank you for taking part in our Financial Crime Analyst assessment centre in Dublin last
week, and for the effort you put into the case study.

I'm sorry to let you know that on this occasion we won't be offering you a role. The panel
felt your written report was strong, but other candidates demonstrated more experience with
transaction-monitoring alert reviews, which is central to the engagements starting this
summer.

We would genuinely welcome an application from you in a future campaign, and I'm happy to
arrange a short feedback call if that would help.

Kind regards,
Aoife
""" + sig("Aoife Brennan", "Experienced Hire Recruitment | Risk Advisory",
          "Brightmoor & Kessel", "2 Hanover Quay, Dublin 2, D02 XY00", "+353 1 000 4410"),
      company="Brightmoor & Kessel", contact="aoife.brennan@brightmoor.example.ie",
      parent="bk_move", quote="en", form="alt"),

    M("hw_rej_lux", K, "en", "2026-06-05 09:14 +0100",
      "Callum Ward <callum.ward@haldenward.example.co.uk>",
      "Luxembourg AML role - update", """
Hi Iñigo,

Quick update on the Luxembourg AML Analyst role I introduced you to (the fund administrator
client). They've come back to say they won't be taking your application further. Their
feedback was that they need fluent German for the onboarding team, which wasn't in the
original brief - frustrating, I know.

I'll keep looking for something closer to your Spanish/English/French mix.

Best,
Callum

Callum Ward | Principal Consultant, Financial Services Compliance
Halden Ward Search | London - Dublin - Luxembourg
""", company="Halden Ward Search", contact="callum.ward@haldenward.example.co.uk"),

    M("alzette_rej", K, "en", "2026-03-27 14:02 +0100",
      "Alzette Fund Services <no-reply@greenhouse-mail.io>",
      "Your application to Alzette Fund Services", """
Hi Iñigo,

Thanks so much for your interest in the KYC Officer position at Alzette Fund Services.

Unfortunately, after careful consideration, we have decided to move forward with candidates
whose experience more closely matches our current needs.

We appreciate the time you invested and wish you every success.

Best regards,
The Alzette Fund Services Talent Team
""", company="Alzette Fund Services", form="html", brand="Alzette Fund Services",
      color="#003b5c"),

    M("gcb_rej", K, "en", "2026-07-16 11:30 +0100",
      "Grand Canal Bank Careers <noreply@smartrecruiters.com>",
      "Update on your Grand Canal Bank application", """
Dear Iñigo,

Thank you for applying for the role of AML Operations Associate (Dublin).

We wanted to let you know that this position has now been filled. We will therefore not be
progressing your application any further.

Kind regards,
Talent Acquisition
Grand Canal Bank
""", company="Grand Canal Bank", form="alt", brand="Grand Canal Bank", color="#00594f"),

    M("kirchberg_hold", K, "en", "2026-08-20 10:05 +0200",
      "Kirchberg Custody <no-reply@hire.lever.co>",
      "Sanctions Screening Analyst - role on hold", """
Hello Iñigo,

We're writing to everyone who applied for the Sanctions Screening Analyst role in
Luxembourg. Following a budget review, the position has been put on hold for the rest of the
year, so we will not proceed with any applications at this stage, including yours.

If the role re-opens we'll advertise it again on our careers page.

Thank you for your patience,
Kirchberg Custody Recruitment
""", company="Kirchberg Custody", reply_to="Sophie Meyers <sophie.meyers@kirchberg.example.lu>",
      contact="sophie.meyers@kirchberg.example.lu"),

    M("portobello_rej", K, "en", "2026-10-08 17:48 +0100",
      "Niamh from Portobello Exchange <no-reply@ashbyhq.com>",
      "Portobello Exchange | Compliance Analyst (Crypto)", """
Hey Iñigo,

Thanks for chatting with us last week about the Compliance Analyst role. It was great to hear
how you'd approach Travel Rule checks.

After talking it over as a team, we've decided not to move you forward to the final stage.
This was a close call and we'd love to stay in touch for future openings.

Cheers,
Niamh Kavanagh
Talent Partner, Portobello Exchange
""", company="Portobello Exchange",
      reply_to="Niamh Kavanagh <niamh.kavanagh@portobello.example.ie>",
      contact="niamh.kavanagh@portobello.example.ie", form="alt"),

    # --- German ----------------------------------------------------------------------------
    M("kr_rej", K, "de", "2026-05-20 15:10 +0200",
      "Jonas Becker <jonas.becker@kryptalon.example.de>",
      "Ihre Bewerbung als AML Analyst (m/w/d) - Kryptalon", """
Hallo Herr Zubizarreta,

vielen Dank für Ihre Geduld nach der Verschiebung unseres Gesprächs.

Leider muss ich Ihnen mitteilen, dass die Stelle als AML Analyst (m/w/d) in Frankfurt bis auf
Weiteres auf Eis gelegt wurde. Wir werden den Prozess daher nicht fortsetzen und auch den
offenen Gesprächstermin nicht neu vergeben.

Es tut mir leid, dass wir Ihnen keine bessere Nachricht geben können. Wir wünschen Ihnen für
Ihre weitere Suche alles Gute.

Viele Grüße
Jonas Becker
People & Talent
Kryptalon GmbH | Hanauer Landstraße 88 | 60314 Frankfurt am Main
Geschäftsführer: Dr. Felix Ahrend | HRB 000000 Amtsgericht Frankfurt am Main
""", company="Kryptalon", contact="jonas.becker@kryptalon.example.de",
      parent="kr_cancel", quote="de", charset="iso-8859-1", cte="quoted-printable"),

    M("zw_rej", K, "de", "2026-05-29 08:55 +0200",
      "Zeitwerk Personal <bewerbung@zeitwerk-personal.example.de>",
      "Rückmeldung zu Ihrer Bewerbung - Sachbearbeiter Geldwäscheprävention", """
Sehr geehrter Herr Zubizarreta,

vielen Dank für Ihr Interesse an der Position Sachbearbeiter Geldwäscheprävention (m/w/d) bei
einem unserer Kunden, einem Finanzdienstleister im Raum Frankfurt.

Nach Rücksprache mit unserem Kunden müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung nicht weiter berücksichtigen können. Ausschlaggebend waren vor allem die geforderten
verhandlungssicheren Deutschkenntnisse.

Wir wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Katrin Vogel
Personalberaterin
Zeitwerk Personal GmbH, Niederlassung Frankfurt
""", company="Zeitwerk Personal", reply_to="Katrin Vogel <k.vogel@zeitwerk-personal.example.de>",
      contact="k.vogel@zeitwerk-personal.example.de", charset="iso-8859-1", cte="8bit"),

    M("mainufer_rej", K, "de", "2026-03-12 07:30 +0100",
      "Mainufer Bank <noreply@softgarden.io>",
      "Ihre Bewerbung bei der Mainufer Bank", """
Sehr geehrter Herr Zubizarreta,

wir bedanken uns für Ihre Bewerbung als Spezialist KYC (m/w/d) und das damit verbundene
Interesse an der Mainufer Bank.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im
weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung
Ihrer Qualifikation.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Bank AG
""", company="Mainufer Bank", form="alt", brand="Mainufer Bank", color="#6d0f2b"),

    M("roemerberg_rej", K, "de", "2026-06-17 14:44 +0200",
      "Sabine Krüger <sabine.krueger@roemerberg-vers.example.de>",
      "Ihre Bewerbung - Compliance Referent (m/w/d)", """
Guten Tag Herr Zubizarreta,

danke für Ihre Bewerbung und das nette Telefonat im Mai.

Wir haben uns nun entschieden, die Stelle als Compliance Referent intern zu besetzen. Eine
Kollegin aus der Rechtsabteilung wechselt zum 1. August in das Team. Für Sie bedeutet das
leider, dass wir Ihre Bewerbung nicht weiterverfolgen.

Herzliche Grüße aus Frankfurt
Sabine Krüger
Personalreferentin
Römerberg Versicherung AG
""", company="Römerberg Versicherung", contact="sabine.krueger@roemerberg-vers.example.de",
      charset="iso-8859-1", cte="quoted-printable", name_cs="iso-8859-1",
      subj_cs="iso-8859-1"),

    M("sachsenhausen_rej", K, "de", "2026-09-09 16:02 +0200",
      "Lukas Hartmann <l.hartmann@sachsenhausen-pay.example.de>",
      "AW: Zweites Gespräch Financial Crime Analyst", """
Hallo Iñigo,

nochmals danke für das zweite Gespräch mit Anna und mir. Wir haben lange überlegt, uns am Ende
aber für eine Kandidatin entschieden, die bereits Erfahrung mit BaFin-Prüfungen mitbringt.

Ich hätte dir gern etwas anderes geschrieben. Falls du Feedback zu den Gesprächen möchtest,
ruf mich gern an.

Beste Grüße
Lukas
""", company="Sachsenhausen Payment Services", contact="l.hartmann@sachsenhausen-pay.example.de",
      form="alt"),

    # --- French ----------------------------------------------------------------------------
    M("bg_rej", K, "fr", "2026-04-24 11:18 +0200",
      "Claire Dubos <claire.dubos@banquegaronne.example.fr>",
      "Votre candidature - Chargé(e) de conformité LCB-FT", """
Bonjour Monsieur Zubizarreta,

Je reviens vers vous suite à notre entretien de la semaine dernière.

Après réflexion, nous avons décidé de ne pas donner une suite favorable à votre candidature
pour le poste de Chargé(e) de conformité LCB-FT à Bordeaux. Nous avons retenu un profil
disposant déjà d'une expérience des déclarations de soupçon auprès de Tracfin.

Je vous remercie pour votre disponibilité et vous souhaite une belle réussite dans vos
recherches.

Bien cordialement,
Claire Dubos
Chargée de recrutement
Banque Garonne Atlantique - 14 cours de l'Intendance, 33000 Bordeaux
""", company="Banque Garonne Atlantique", contact="claire.dubos@banquegaronne.example.fr",
      parent="bg_inv2", quote="fr", charset="iso-8859-1", cte="quoted-printable"),

    M("bm_rej", K, "fr", "2026-07-09 17:22 +0200",
      "Banque Mosellane - Recrutement <recrutement@banquemosellane.example.lu>",
      "Suite de votre entretien - Analyste KYC", """
Monsieur,

Nous vous remercions de l'intérêt que vous portez à la Banque Mosellane et du temps que vous
avez consacré à nos entretiens.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le
poste d'Analyste KYC. Cette décision ne remet pas en cause la qualité de votre parcours.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Élodie Schmit
Ressources Humaines
Banque Mosellane, 12 boulevard Royal, L-2449 Luxembourg
""", company="Banque Mosellane", reply_to="Élodie Schmit <elodie.schmit@banquemosellane.example.lu>",
      contact="elodie.schmit@banquemosellane.example.lu", form="alt", name_cs="iso-8859-1-q",
      subj_cs="utf-8-q"),

    M("lormont_rej", K, "fr", "2026-06-19 10:40 +0200",
      "Hugo Lacombe <hugo.lacombe@lormont-conseil.example.fr>",
      "Poste de contrôleur conformité - Crédit Mériadeck", """
Bonjour Iñigo,

Comme promis, je vous fais un retour sur la candidature que j'ai présentée au Crédit
Mériadeck. Malheureusement, mon client a choisi de poursuivre avec un autre candidat, dont le
parcours en audit interne correspondait davantage à leurs attentes.

Je reste attentif à vos recherches et ne manquerai pas de revenir vers vous si une autre
mission se présente sur Bordeaux.

Cordialement,
Hugo Lacombe
Associé - Lormont Conseil, cabinet de recrutement
""", company="Crédit Mériadeck", contact="hugo.lacombe@lormont-conseil.example.fr",
      charset="windows-1252", cte="quoted-printable"),

    M("chartrons_rej", K, "fr", "2026-09-24 09:06 +0200",
      "Mutuelle des Chartrons <rh@mutuelle-chartrons.example.fr>",
      "Processus de recrutement suspendu", """
Bonjour,

Nous vous informons que le processus de recrutement pour le poste de Gestionnaire
conformité et lutte anti-blanchiment est suspendu jusqu'à nouvel ordre. En conséquence, nous
ne donnerons pas suite aux candidatures reçues, dont la vôtre.

Nous vous remercions pour l'intérêt porté à notre mutuelle et vous prions de croire à nos
sincères salutations.

Le service Ressources Humaines
Mutuelle des Chartrons
""", company="Mutuelle des Chartrons", charset="windows-1252", cte="8bit",
      headers={"Auto-Submitted": "auto-generated"}),

    M("coinlux_rej", K, "fr", "2026-10-20 13:37 +0200",
      "Coinlux <noreply@teamtailor-mail.com>",
      "Votre candidature chez Coinlux", """
Bonjour Iñigo,

Merci d'avoir postulé au poste d'Analyste conformité crypto-actifs chez Coinlux.

Nous avons bien étudié votre profil et, malheureusement, nous ne pourrons pas aller plus loin
avec votre candidature pour ce poste. Nous recherchons une personne ayant déjà travaillé sous
le régime MiCA.

Belle continuation !
L'équipe Talent de Coinlux
""", company="Coinlux", form="html", brand="Coinlux", color="#111111",
      to=CAND),
]
