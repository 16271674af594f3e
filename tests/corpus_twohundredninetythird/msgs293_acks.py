"""Corpus 293, application acknowledgements (21) and offers (10)."""

from __future__ import annotations

from msgs293_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    outlook_html,
    page,
    paras,
    reply,
)

A, OF = "application_received", "offer"

# ============================================================ application_received – Spanish (10)

_naz_app_quoted = """Buenos días:

Me dirijo a ustedes para presentar mi candidatura al puesto de Coordinadora de Operaciones de
Grupos publicado en su web. Soy guía oficial de turismo formada en Cusco y desde 2021 vivo en
Granada, donde trabajo con grupos en la Alhambra y el Albaicín. Adjunto mi currículum.

Quedo a su disposición para ampliar cualquier información.

Atentamente,
Dolores Quispe-Andersen
+34 612 000 487"""

_naz_ack = reply("""Hola Dolores:

Te confirmo que hemos recibido tu CV y tu carta para el puesto de Coordinadora de Operaciones
de Grupos. Estamos recogiendo candidaturas hasta el día 13 y a partir de ahí empezaremos a
llamar a las personas preseleccionadas.

Gracias por pensar en Viajes Nazarí.

Rocío Aguilera Fajardo
Jefa de Operaciones | Viajes Nazarí
Tel. +34 958 000 211""", "es", "lun, 2 feb 2026 a las 9:14", CANDIDATE_NAME, CANDIDATE_ADDR,
    _naz_app_quoted)

_tmp_reg = """Hola Dolores:

Encantado de haberte conocido esta mañana en la oficina. Te confirmo que ya estás dada de alta
en nuestra base de candidatos de Temporalia con el perfil de turismo y hostelería (recepción,
guía, coordinación de excursiones), con disponibilidad en toda la provincia de Almería.

He guardado tu CV, la copia del NIE y el certificado de guía. En cuanto tenga una oferta que
encaje te llamo; de momento no tienes que hacer nada más.

Un saludo,
Juan Carlos Berenguel
Consultor de selección · Temporalia ETT Almería
Avda. Federico García Lorca 88, 04005 Almería · 950 000 118
"""

_vel_ack_html = ats_card(
    "Veleta Air", "#5b2c83", "Hemos recibido su candidatura",
    paras("""Estimada Dolores:

Le confirmamos la recepción de su candidatura para la posición Coordinador/a de Operaciones en
Tierra (ref. VEL-2026-0192).

Nuestro equipo de selección revisará su perfil. Debido al elevado número de solicitudes que
recibimos, lamentablemente no podemos responder de forma individual a cada candidatura; si su
perfil avanza en el proceso, nos pondremos en contacto con usted.

Puede consultar el estado de su solicitud en cualquier momento desde el portal de empleo.

Dirección de Personas – Veleta Air"""),
    "SAP SuccessFactors · Este buzón no admite respuestas.", "es")

_mun_ack_text = """Hola Dolores:

Gracias por postularte a Técnico/a de Operaciones de Grupos (REQ-4471) en Mundirutas Viajes.

Hemos recibido tu solicitud correctamente. El equipo de Selección la revisará y, si tu perfil
encaja con lo que buscamos, te contactaremos para los siguientes pasos.

Puedes seguir el estado de tu candidatura desde tu portal:
https://mundirutas.wd3.myworkday.com/es-ES/Mundirutas/userHome

Equipo de Selección
Mundirutas Viajes
"""

_ayt_ack = """SEDE ELECTRÓNICA – AYUNTAMIENTO DE ALCALÁ DEL DARRO
JUSTIFICANTE DE PRESENTACIÓN

Se ha registrado correctamente su solicitud con los siguientes datos:

Número de registro: 2026-E-000412
Fecha y hora: 15/01/2026 11:37:52
Interesada: QUISPE-ANDERSEN, DOLORES
Procedimiento: Solicitud de participación en proceso selectivo – Bolsa de Auxiliar de la
Oficina Municipal de Turismo
Documentos adjuntos: 4

Se adjunta el justificante en formato PDF. Conserve este mensaje como acreditación de la
presentación.

Este es un mensaje automático. No responda a este correo.
"""

_sbe_ack_text = """¡Hola Dolores!

Gracias por tu candidatura para Jefe/a de Recepción de Grupos en Hoteles Sierra Bermeja. Nos
hace mucha ilusión que quieras formar parte del equipo.

Hemos recibido tu CV y lo revisaremos en las próximas dos semanas. Te escribiremos pase lo que
pase.

Un abrazo,
El equipo de Talento y Cultura
"""

_flx_reg = """Hola Dolores,

Tu registro en el portal de candidatos de Flexiempleo se ha completado correctamente.

Usuario: dolores.qa@example.pe
Oficina asignada: Delegación Córdoba
Perfil: Turismo, hostelería y eventos

A partir de ahora, nuestros consultores podrán proponerte para ofertas que encajen con tu
perfil. Mantén tus datos y tu disponibilidad actualizados.

Flexiempleo ETT
Mensaje automático, no respondas a esta dirección.
"""

_alp_ack = """Hola Dolores,

Gracias por tu interés en Alpujarra Rutas. Hemos recibido tu solicitud para el puesto de
Coordinadora de Rutas y Alojamientos y nuestro equipo la revisará en breve.

Saludos,
Alpujarra Rutas
"""

_mag_ack = """Estimada Sra. Quispe-Andersen:

Acusamos recibo de su solicitud y documentación para el puesto de Coordinadora de Visitas y
Reservas (ref. MAJ-2026-07). La Comisión de Selección se reunirá a mediados de junio y le
comunicaremos el resultado por esta misma vía.

Atentamente,
Francisco Javier Ortega
Administración y Personal · Museo del Agua de Jaén
"""

_ibv_ack_html = page(paras("""Hola Dolores,

¡Gracias por aplicar a la vacante de Coordinadora de Viajes de Incentivos en Iberovía Travel!

Tu candidatura nos ha llegado bien. Revisaremos tu perfil con atención y te contaremos cómo
sigue el proceso.

Equipo de Talento de Iberovía Travel""") + '\n<p style="font-size:11px;color:#999">Powered by '
    'Recruitee · <a href="https://iberovia.recruitee.com/">Ofertas de empleo</a></p>', "es")

_ack_es = [
    M(kind=A, slug="nazari_human_quoting_application", lang="es", company="Viajes Nazarí",
      contact="rocio.aguilera@viajesnazari.example.es",
      frm=("Rocío Aguilera Fajardo", "rocio.aguilera@viajesnazari.example.es"),
      subject="Re: Candidatura Coordinadora de Operaciones de Grupos",
      date="2026-02-04 12:40 +0100", key="naz_ack", parent="naz_app", text=_naz_ack),
    M(kind=A, slug="temporalia_registration_done", lang="es", company="Temporalia",
      contact="jc.berenguel@temporalia.example.es",
      frm=("Juan Carlos Berenguel", "jc.berenguel@temporalia.example.es"),
      subject="Alta en Temporalia – bienvenida", subj_cs=("windows-1252", "Q"),
      date="2026-03-02 13:55 +0100", key="tmp_reg", text=_tmp_reg,
      html=page(paras(_tmp_reg), "es"), charset="windows-1252", cte="qp"),
    M(kind=A, slug="veleta_successfactors_no_individual_reply", lang="es", company="Veleta Air",
      frm=("Veleta Air – Selección", "noreply@successfactors.eu"), name_cs=("utf-8", "Q"),
      subject="Confirmación de candidatura VEL-2026-0192", date="2026-01-12 16:02 +0100",
      key="vel_ack", html=_vel_ack_html, cte="b64",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="mundirutas_workday_ack", lang="es", company="Mundirutas Viajes",
      frm=("Mundirutas Viajes", "mundirutas@myworkday.com"),
      subject="Gracias por tu candidatura – REQ-4471", date="2026-01-08 21:13 +0000",
      key="mun_ack", text=_mun_ack_text,
      html=ats_card("Mundirutas Viajes · Talento", "#c0392b", "¡Gracias por postularte!",
                    paras(_mun_ack_text), "Workday", "es"), cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="council_registry_receipt_pdf", lang="es",
      company="Ayuntamiento de Alcalá del Darro",
      frm=("Sede Electrónica Ayto. Alcalá del Darro", "no-reply@sede.aytoalcaladeldarro.example.es"),
      name_cs=("iso-8859-1", "Q"),
      subject="Justificante de registro 2026-E-000412", date="2026-01-15 11:38 +0100",
      key="ayt_ack", text=_ayt_ack, charset="windows-1252", cte="8bit",
      headers=[("Auto-Submitted", "auto-generated")],
      pdf=[("justificante_2026-E-000412.pdf", "Justificante de registro",
             ["AYUNTAMIENTO DE ALCALA DEL DARRO - Sede electronica",
              "Justificante de presentacion", "Registro de entrada: 2026-E-000412",
              "Fecha: 15/01/2026 11:37:52", "Interesada: QUISPE-ANDERSEN, DOLORES",
              "Asunto: Bolsa de Auxiliar de la Oficina Municipal de Turismo",
              "CSV: 1A2B-3C4D-5E6F-7G8H"])]),
    M(kind=A, slug="sierrabermeja_teamtailor_ack", lang="es", company="Hoteles Sierra Bermeja",
      frm=("Hoteles Sierra Bermeja", "no-reply@teamtailor-mail.com"),
      subject="¡Gracias por tu candidatura, Dolores!", subj_cs=("utf-8", "B"),
      date="2026-06-03 20:31 +0200", key="sbe_ack", text=_sbe_ack_text,
      html=ats_card("Hoteles Sierra Bermeja", "#1f6f5c", "¡Gracias por tu candidatura!",
                    paras(_sbe_ack_text), "Powered by Teamtailor", "es"), cte="8bit"),
    M(kind=A, slug="flexiempleo_portal_registration", lang="es", company="Flexiempleo",
      frm=("Flexiempleo ETT", "notificaciones@flexiempleo.example.es"),
      subject="Registro completado en Flexiempleo", date="2026-08-25 09:02 +0200",
      key="flx_reg", text=_flx_reg, cte="qp", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="alpujarra_bamboohr_ack", lang="es", company="Alpujarra Rutas",
      frm=("Alpujarra Rutas", "notifications@app.bamboohr.com"),
      subject="Hemos recibido tu solicitud", date="2026-03-16 18:20 +0000", key="alp_ack",
      text=_alp_ack, html=page(paras(_alp_ack), "es"), cte="b64"),
    M(kind=A, slug="museoagua_acuse_recibo", lang="es", company="Museo del Agua de Jaén",
      contact="fjortega@museoaguajaen.example.es",
      frm=("Francisco Javier Ortega", "fjortega@museoaguajaen.example.es"),
      subject="Acuse de recibo – solicitud MAJ-2026-07", date="2026-05-26 08:44 +0200",
      key="mag_ack", text=_mag_ack, charset="iso-8859-1", cte="qp"),
    M(kind=A, slug="iberovia_recruitee_html_only", lang="es", company="Iberovía Travel",
      frm=("Iberovía Travel", "no-reply@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura", date="2026-10-01 10:16 +0200", key="ibv_ack",
      html=_ibv_ack_html, cte="qp"),
]

# ============================================================ application_received – English (5)

_wan_ack = """Hi Dolores,

Thanks for applying to the Travel Operations Specialist role at Wanderlyn. Your application has
been received and our team will review it shortly.

If your experience is a match, a member of our recruiting team will reach out to discuss next
steps.

Best,
The Wanderlyn Recruiting Team
"""

_tej_ack = """Hi Dolores,

Thank you for your interest in Tejo Journeys! We've received your application for Operations
Coordinator and will be reviewing it over the coming days.

Warmly,
The Tejo Journeys team
"""

_alf_ack_html = ats_card(
    "Alfama Hotels", "#8e6c3a", "Application received",
    paras("""Dear Dolores,

Thank you for applying for the position of Guest Experience Operations Lead (Req. 2026-0117)
at Alfama Hotels.

This email confirms that your application has been received. Our talent team carefully reviews
every application; unfortunately we cannot reply to every applicant individually, but we will
contact you if your profile is shortlisted.

With best wishes,
Alfama Hotels Talent Acquisition"""),
    "This message was sent by iCIMS on behalf of Alfama Hotels. Please do not reply.", "en")

_glo_ack = """Hi Dolores,

Thanks for applying to the Reservations & Operations Coordinator (Lisbon) role at Globetrek
Holidays. We've got your application and the hiring team will take a look soon.

You can check the status of your application at any time here:
https://jobs.ashbyhq.com/globetrek/application-status

Cheers,
Globetrek Holidays
"""

_hft_reg = """Hi Dolores,

It was lovely to speak this afternoon. Just to confirm that you're now registered with Harbour
& Finch, and I've added your CV and the notes from our call to our system.

As discussed, I'll be putting you forward for operations and visitor-experience roles in travel,
heritage and hospitality in Lisbon. I won't send your details to any client without checking
with you first.

Speak soon,
Fiona Ashworth
Senior Consultant, Harbour & Finch
Avenida da Liberdade 190, 1250-147 Lisboa
+351 21 000 8832
"""

_ack_en = [
    M(kind=A, slug="wanderlyn_greenhouse_ack", lang="en", company="Wanderlyn",
      frm=("Wanderlyn", "no-reply@us.greenhouse-mail.io"),
      subject="Thank you for applying to Wanderlyn", date="2026-03-03 08:12 +0000",
      key="wan_ack", text=_wan_ack, html=page(paras(_wan_ack), "en"), cte="7bit"),
    M(kind=A, slug="tejo_lever_ack", lang="en", company="Tejo Journeys",
      frm=("Tejo Journeys", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Tejo Journeys", date="2026-01-19 19:27 +0000",
      key="tej_ack", text=_tej_ack),
    M(kind=A, slug="alfama_icims_cannot_reply_individually", lang="en", company="Alfama Hotels",
      frm=("Alfama Hotels Careers", "careers-alfamahotels@icims.com"),
      subject="Your application: Guest Experience Operations Lead", date="2026-02-02 07:55 +0000",
      key="alf_ack", html=_alf_ack_html, cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="globetrek_ashby_ack", lang="en", company="Globetrek Holidays",
      frm=("Globetrek Holidays", "no-reply@ashbyhq.com"),
      subject="Application received - Reservations & Operations Coordinator",
      date="2026-09-01 13:40 +0000", key="glo_ack", text=_glo_ack),
    M(kind=A, slug="harbourfinch_registration_confirmed", lang="en", company="Harbour & Finch",
      contact="fiona.ashworth@harbourfinch.example.pt",
      frm=("Fiona Ashworth", "fiona.ashworth@harbourfinch.example.pt"),
      subject="Great to speak today - you're registered", date="2026-07-01 17:48 +0100",
      key="hft_reg", text=_hft_reg, html=outlook_html(paras(_hft_reg), "en"), cte="qp"),
]

# ============================================================ application_received – French (3)

_gar_ack = """Bonjour Dolores,

Merci d'avoir postulé au poste de Chargé(e) d'opérations groupes chez Voyages Garonne.

Nous avons bien reçu votre candidature et notre équipe va l'examiner dans les prochains jours.

Cordialement,
L'équipe Voyages Garonne
"""

_pyr_ack = """Madame,

Nous accusons réception de votre candidature au poste d'Agent(e) de planification des
opérations sol (réf. PYR-0418) et vous remercions de l'intérêt que vous portez à Pyrène
Airlines.

Votre dossier va être étudié avec attention par nos équipes. Vous pouvez suivre l'avancement de
votre candidature dans votre espace candidat.

Le service Recrutement
Pyrène Airlines

Ce message est généré automatiquement. Merci de ne pas y répondre.
"""

_occ_ack_html = ats_card(
    "Occitanie Évasion", "#d35400", "Candidature bien reçue",
    paras("""Bonjour Dolores,

Nous vous remercions pour votre candidature au poste de Coordinatrice séjours et circuits.

Celle-ci a bien été enregistrée. Malheureusement, nous ne pouvons pas répondre individuellement
à chaque candidature ; si votre profil correspond à nos besoins, nous vous contacterons dans un
délai de trois semaines.

À bientôt peut-être,
L'équipe Occitanie Évasion"""),
    'Envoyé via Recruitee · <a href="https://occitanieevasion.recruitee.com">Nos offres</a>',
    "fr")

_ack_fr = [
    M(kind=A, slug="garonne_workable_ack", lang="fr", company="Voyages Garonne",
      frm=("Voyages Garonne", "noreply@candidates.workablemail.com"),
      subject="Merci pour votre candidature – Voyages Garonne", date="2026-05-04 07:18 +0000",
      key="gar_ack", text=_gar_ack, html=page(paras(_gar_ack), "fr"), cte="8bit"),
    M(kind=A, slug="pyrene_taleo_accuse_reception", lang="fr", company="Pyrène Airlines",
      frm=("Pyrène Airlines Recrutement", "pyreneairlines@taleo.net"),
      subject="Accusé de réception : PYR-0418", subj_cs=("iso-8859-1", "Q"),
      date="2026-03-09 22:06 +0000", key="pyr_ack", text=_pyr_ack, charset="windows-1252",
      cte="b64", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="occitanie_recruitee_no_individual_reply", lang="fr",
      company="Occitanie Évasion", frm=("Occitanie Évasion", "no-reply@jobs.recruitee.com"),
      name_cs=("iso-8859-1", "B"), subject="Votre candidature chez Occitanie Évasion",
      date="2026-06-02 14:09 +0200", key="occ_ack", html=_occ_ack_html, cte="b64"),
]

# ============================================================ application_received – German (3)

_nec_ack = """Hallo Frau Quispe-Andersen,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Reiseorganisation (m/w/d) bei Neckar
Reisen. Wir haben Ihre Unterlagen erhalten und melden uns nach Sichtung bei Ihnen.

Freundliche Grüße
Ihr Neckar Reisen Team

Diese Nachricht wurde automatisch über Personio versendet.
"""

_sch_ack = """Sehr geehrte Frau Quispe-Andersen,

herzlichen Dank für Ihre Online-Bewerbung als Mitarbeiterin Operations Control Center (m/w/d).
Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich. Bitte haben Sie
Verständnis dafür, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Schwabenflug
"""

_zwp_reg = """Hallo Frau Quispe-Andersen,

danke für das nette Gespräch heute in unserer Filiale in der Theodor-Heuss-Straße. Ihre
Registrierung bei Zeitwerk Personal ist damit abgeschlossen: Lebenslauf, Zeugnisse und Ihre
Verfügbarkeit ab September sind bei uns hinterlegt.

Ich schaue mir passende Einsätze im Bereich Tourismus, Hotel und Museen an und melde mich, sobald
ich etwas Konkretes für Sie habe.

Viele Grüße
Dennis Kaya
Personaldisponent · Zeitwerk Personal Stuttgart
Theodor-Heuss-Straße 9 · 70174 Stuttgart · 0711 0000 6640
"""

_ack_de = [
    M(kind=A, slug="neckar_personio_ack", lang="de", company="Neckar Reisen",
      frm=("Neckar Reisen GmbH", "noreply@personio.de"),
      subject="Ihre Bewerbung bei Neckar Reisen", date="2026-04-07 09:31 +0200", key="nec_ack",
      text=_nec_ack, html=page(paras(_nec_ack), "de"), cte="qp",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=A, slug="schwabenflug_softgarden_eingang", lang="de", company="Schwabenflug",
      frm=("Schwabenflug Recruiting", "noreply@softgarden.io"),
      subject="Eingangsbestätigung Ihrer Bewerbung", subj_cs=("iso-8859-1", "Q"),
      date="2026-02-09 15:47 +0100", key="sch_ack", text=_sch_ack, charset="iso-8859-1",
      cte="qp"),
    M(kind=A, slug="zeitwerk_registration", lang="de", company="Zeitwerk Personal",
      contact="d.kaya@zeitwerk.example.de", frm=("Dennis Kaya", "d.kaya@zeitwerk.example.de"),
      subject="Ihre Registrierung bei Zeitwerk Personal", date="2026-07-27 16:12 +0200",
      key="zwp_reg", text=_zwp_reg, cte="8bit"),
]

# ============================================================ offers – Spanish (5)

_tsu_offer = """Hola Dolores:

¡Tengo buenas noticias! Califato Tours quiere hacerte una oferta para la posición de Responsable
de Operaciones y Producto. Rafael salió muy contento de la entrevista del día 29.

Lo que me han trasladado:
- Contrato indefinido, jornada completa, incorporación el 1 de septiembre.
- 31.000 € brutos anuales en 14 pagas + variable de hasta el 10 % por objetivos.
- Teletrabajo un día a la semana fuera de temporada alta.
- Periodo de prueba de seis meses.

Te llamo esta tarde para comentarlo y ver si hay algo que quieras negociar antes de que te
manden la carta formal. Tienen intención de cerrar antes del día 19.

Enhorabuena, de verdad.

Inmaculada Roldán
Socia · Talento Sur Executive Search
+34 957 000 902
"""

_alh_verbal = """Hola Dolores,

Como te adelanté esta mañana por teléfono, queremos que te quedes con nosotros. La jornada del
lunes fue de diez: el grupo del crucero salió encantado y los guías también.

Te resumo lo que hablamos para que lo tengas por escrito:
- Puesto: Técnica de Operaciones (receptivo y grupos).
- Contrato de temporada del 1 de julio al 31 de octubre, con posibilidad de continuidad.
- Salario: 1.850 euros brutos al mes, más pluses de festivos según convenio.
- Horario de mañana de lunes a viernes y un sábado de cada tres.

Si te encaja, contéstame y preparo el contrato para que lo firmes esta misma semana.

Un abrazo,
Antonio Jesús Morente
Director de Operaciones · Alhambra Receptivo
958 000 733
"""

_alh_accept_quoted = """Antonio Jesús, muchas gracias. Acepto con muchísima ilusión. Puedo pasar
por la oficina cuando me digas para firmar.

Dolores"""

_alh_contract = reply("""Hola Dolores,

¡Bienvenida! Te adjunto el contrato de trabajo de temporada para que lo revises. Si todo está
bien, fírmalo en las dos últimas hojas y tráelo el lunes a primera hora, o escanéalo y me lo
mandas por aquí, como te sea más cómodo.

Junto al contrato va la hoja de datos bancarios para la nómina.

Antonio Jesús""", "es", "vie, 26 jun 2026 a las 8:17", CANDIDATE_NAME, CANDIDATE_ADDR,
    _alh_accept_quoted)

_man_offer = """Estimada Dolores:

Es un placer comunicarle que la comisión de selección ha acordado proponerle el puesto de
Coordinadora de Reservas y Grupos del Museo Andalusí de Granada.

Adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa,
retribución bruta anual de 27.400 €, horario de martes a sábado e incorporación prevista para el
1 de septiembre de 2026.

Le rogamos que nos comunique su aceptación antes del 14 de agosto, firmando y devolviendo la
carta adjunta.

Reciba nuestra más cordial enhorabuena.

Leonor Castillejo Haro
Gerente · Museo Andalusí de Granada
Placeta de San José 3 · 18010 Granada · 958 000 850
"""

_smr_offer = """Buenas tardes, Dolores:

Después de darle muchas vueltas en la cooperativa, nos gustaría ofrecerte el puesto de
coordinadora de turismo rural en Sierra Mágina Rural.

Te explico las condiciones:
· Contrato de un año, prorrogable, a jornada completa.
· 22.500 € brutos al año.
· Base en Bedmar, con coche de empresa para las rutas.
· Empezarías el 2 de noviembre, justo para la campaña de la aceituna y el oleoturismo.

Necesitaríamos tu respuesta antes del viernes 9 de octubre. Si tienes cualquier duda, llámame.

Un saludo muy grande,
Encarni Quesada
Gerente · Sierra Mágina Rural S. Coop. And.
953 000 287
"""

_offer_es = [
    M(kind=OF, slug="talentosur_client_wants_to_offer", lang="es", company="Califato Tours",
      contact="iroldan@talentosur.example.es",
      frm=("Inmaculada Roldán", "iroldan@talentosur.example.es"),
      subject="¡Califato Tours quiere hacerte una oferta!", date="2026-06-08 11:02 +0200",
      parent="tsu_move", text=_tsu_offer, html=page(paras(_tsu_offer), "es"), cte="qp"),
    M(kind=OF, slug="alhambra_verbal_offer_follow_up", lang="es", company="Alhambra Receptivo",
      contact="ajmorente@alhambrareceptivo.example.es",
      frm=("Antonio Jesús Morente", "ajmorente@alhambrareceptivo.example.es"),
      name_cs=("iso-8859-1", "Q"),
      subject="Lo que hablamos esta mañana", date="2026-06-24 13:38 +0200", key="alh_verbal",
      parent="alh_trial", text=_alh_verbal, charset="iso-8859-1", cte="qp"),
    M(kind=OF, slug="alhambra_contract_for_signature_pdf", lang="es", company="Alhambra Receptivo",
      contact="ajmorente@alhambrareceptivo.example.es",
      frm=("Antonio Jesús Morente", "ajmorente@alhambrareceptivo.example.es"),
      subject="Re: Lo que hablamos esta mañana", date="2026-06-26 10:05 +0200",
      key="alh_contract", parent="alh_accept", text=_alh_contract, cte="8bit",
      pdf=[("Contrato_temporada_Quispe-Andersen.pdf", "Contrato de trabajo de temporada",
            ["CONTRATO DE TRABAJO DE DURACION DETERMINADA", "",
             "Empresa: Alhambra Receptivo S.L. - CIF B00000000",
             "Trabajadora: Dolores Quispe-Andersen - NIE X0000000T",
             "Categoria: Tecnica de Operaciones", "Duracion: 01/07/2026 - 31/10/2026",
             "Salario bruto mensual: 1.850 EUR", "",
             "Firma de la trabajadora: ____________________",
             "Firma de la empresa: ____________________"]),
           ("Datos_bancarios_nomina.pdf", "Datos bancarios",
            ["Alhambra Receptivo - Hoja de datos para nomina", "Nombre y apellidos:",
             "IBAN:", "Numero de afiliacion a la Seguridad Social:"])]),
    M(kind=OF, slug="museoandalusi_formal_offer_letter", lang="es",
      company="Museo Andalusí de Granada", contact="lcastillejo@museoandalusi.example.es",
      frm=("Leonor Castillejo Haro", "lcastillejo@museoandalusi.example.es"),
      subject="Oferta: Coordinadora de Reservas y Grupos", subj_cs=("iso-8859-1", "Q"),
      date="2026-08-03 12:30 +0200", key="man_offer", parent="man_move", text=_man_offer,
      html=page(paras(_man_offer), "es"), cte="b64",
      pdf=[("Carta_oferta_MAG_2026.pdf", "Carta de oferta",
            ["MUSEO ANDALUSI DE GRANADA", "Carta de oferta de empleo", "",
             "Dña. Dolores Quispe-Andersen", "Puesto: Coordinadora de Reservas y Grupos",
             "Contrato: indefinido, jornada completa", "Retribucion bruta anual: 27.400 EUR",
             "Incorporacion: 1 de septiembre de 2026", "",
             "Acepto las condiciones: ____________________  Fecha: ________"])]),
    M(kind=OF, slug="sierramagina_offer_in_text", lang="es", company="Sierra Mágina Rural",
      contact="encarni@sierramaginarural.example.es",
      frm=("Encarni Quesada", "encarni@sierramaginarural.example.es"),
      subject="Propuesta para la coordinación de turismo rural", date="2026-09-30 17:25 +0200",
      parent="smr_app", text=_smr_offer, charset="windows-1252", cte="8bit"),
]

# ============================================================ offers – English (2), French (1), German (2)

_wan_offer = """Hi Dolores,

I'm delighted to let you know that we'd like to offer you the position of Travel Operations
Specialist at Wanderlyn! Jorge and the team were really impressed with your interviews.

Please find your offer letter attached. In short: a permanent contract based in our Madrid
office (hybrid, three days in the office), a gross annual salary of EUR 34,000 plus the
annual bonus plan, and a start date of 1 June 2026.

Take a few days to read through it, and feel free to reach out with any questions. We'd
appreciate your answer by Tuesday 21 April.

Congratulations!
Priya

Priya Raman | Senior Recruiter | Wanderlyn
Calle de Alcalá 54, 28014 Madrid
"""

_mir_offer = """Dear Dolores,

Following our call on Friday, I'm happy to confirm that your employment contract for the
position of Operations Coordinator at Miradouro Travel is ready.

I've sent it for electronic signature to this email address; you should receive a separate
message from our signing platform shortly. For your convenience, a copy of the contract is
also attached to this email. Please sign it by 13 October so that we can register you with
Social Security before your start date of 2 November.

We're very much looking forward to having you with us in Lisbon.

Kind regards,
Sofia Marques
People & Culture, Miradouro Travel
Rua Garrett 74, 1200-204 Lisboa | +351 21 000 6120
"""

_occ_offer = """Bonjour Dolores,

Suite à nos échanges et à votre rencontre avec l'équipe, j'ai le plaisir de vous adresser
ci-joint votre promesse d'embauche pour le poste de Coordinatrice séjours et circuits.

Les principaux éléments : CDI à temps plein, rémunération annuelle brute de 29 500 €, prise de
poste le 1er septembre 2026 dans nos bureaux de la rue d'Alsace-Lorraine.

Je vous remercie de nous retourner le document signé d'ici le 31 juillet.

Au plaisir de vous accueillir,
Thomas Ferrand
Directeur – Occitanie Évasion
"""

_kil_offer = """Hallo Frau Quispe-Andersen,

es hat uns sehr gefreut, Sie beim Probearbeitstag kennenzulernen. Das ganze Team war begeistert,
wie ruhig Sie die Anreise der Messegruppe begleitet haben.

Wir möchten Ihnen daher die Stelle als Koordinatorin Gruppen & Tagungen anbieten. Anbei finden
Sie unser Vertragsangebot: unbefristet, Vollzeit (40 Std.), 3.400 € brutto monatlich,
Beginn zum 1. November 2026.

Bitte geben Sie uns bis zum 18. September Bescheid, ob Sie das Angebot annehmen.

Viele Grüße
Jens Rohrbacher
Leitung Gruppen & Tagungen
Hotelgruppe Killesberg GmbH · Am Kochenhof 12 · 70192 Stuttgart
"""

_zwp_offer = """Hallo Frau Quispe-Andersen,

gute Neuigkeiten: Unser Kunde, das Museum für Reisekultur in Stuttgart, möchte Ihnen nach dem
Vorstellungsgespräch am Montag ein Angebot machen. Es geht um die Stelle im Besucherservice mit
Schwerpunkt Gruppenführungen auf Spanisch und Englisch.

Die Eckdaten:
• Einsatz über Zeitwerk Personal, ab 1. September, zunächst für sechs Monate
• 18,50 € brutto pro Stunde, 35 Stunden pro Woche
• Übernahme durch das Museum nach der Einsatzzeit ausdrücklich geplant

Rufen Sie mich gern heute noch an, dann gehen wir die Details durch.

Viele Grüße
Dennis Kaya
Personaldisponent · Zeitwerk Personal Stuttgart · 0711 0000 6640
"""

_offer_other = [
    M(kind=OF, slug="wanderlyn_offer_letter_pdf", lang="en", company="Wanderlyn",
      contact="priya.raman@wanderlyn.example.com",
      frm=("Priya Raman", "priya.raman@wanderlyn.example.com"),
      subject="Your offer from Wanderlyn", date="2026-04-14 17:02 +0200", key="wan_offer",
      parent="wan_move", text=_wan_offer, html=page(paras(_wan_offer), "en"), cte="qp",
      pdf=[("Wanderlyn_Offer_Letter_DQuispe-Andersen.pdf", "Offer letter",
            ["WANDERLYN - OFFER OF EMPLOYMENT", "", "Dolores Quispe-Andersen",
             "Position: Travel Operations Specialist", "Location: Madrid (hybrid)",
             "Gross annual salary: EUR 34,000 + bonus plan", "Start date: 1 June 2026", "",
             "Signed for Wanderlyn: Jorge Echeverria, Head of Travel Operations"])]),
    M(kind=OF, slug="miradouro_contract_sent_for_signature", lang="en", company="Miradouro Travel",
      contact="sofia.marques@miradouro.example.pt",
      frm=("Sofia Marques", "sofia.marques@miradouro.example.pt"),
      subject="Your contract - Operations Coordinator", date="2026-10-06 10:45 +0100",
      text=_mir_offer, html=outlook_html(paras(_mir_offer), "en"), cte="qp",
      pdf=[("Miradouro_Contract_Operations_Coordinator.pdf", "Employment contract",
            ["MIRADOURO TRAVEL - EMPLOYMENT CONTRACT", "Employee: Dolores Quispe-Andersen",
             "Role: Operations Coordinator", "Start date: 2 November 2026",
             "Signature: ____________________"])]),
    M(kind=OF, slug="occitanie_promesse_embauche_pdf", lang="fr", company="Occitanie Évasion",
      contact="t.ferrand@occitanie-evasion.example.fr",
      frm=("Thomas Ferrand", "t.ferrand@occitanie-evasion.example.fr"),
      subject="Promesse d'embauche – Coordinatrice séjours et circuits",
      subj_cs=("utf-8", "B"), date="2026-07-20 18:10 +0200", parent="occ_ack",
      text=_occ_offer, cte="qp",
      pdf=[("Promesse_embauche_Quispe-Andersen.pdf", "Promesse d'embauche",
            ["OCCITANIE EVASION", "Promesse d'embauche", "Mme Dolores Quispe-Andersen",
             "Poste : Coordinatrice sejours et circuits - CDI temps plein",
             "Remuneration annuelle brute : 29 500 EUR", "Prise de poste : 1er septembre 2026",
             "Bon pour accord : ____________________"])]),
    M(kind=OF, slug="killesberg_contract_offer_pdf", lang="de", company="Hotelgruppe Killesberg",
      contact="jens.rohrbacher@killesberg-hotels.example.de",
      frm=("Jens Rohrbacher", "jens.rohrbacher@killesberg-hotels.example.de"),
      subject="Unser Vertragsangebot für Sie", date="2026-09-08 15:20 +0200",
      parent="kil_move", text=_kil_offer, html=outlook_html(paras(_kil_offer), "de"),
      charset="windows-1252", cte="qp",
      pdf=[("Vertragsangebot_Quispe-Andersen.pdf", "Vertragsangebot",
            ["HOTELGRUPPE KILLESBERG", "Arbeitsvertrag (Angebot)",
             "Frau Dolores Quispe-Andersen", "Position: Koordinatorin Gruppen & Tagungen",
             "Beginn: 01.11.2026, unbefristet, 40 Std./Woche",
             "Verguetung: 3.400 EUR brutto monatlich", "Unterschrift: ____________________"])]),
    M(kind=OF, slug="zeitwerk_client_museum_offer", lang="de", company="Museum für Reisekultur",
      contact="d.kaya@zeitwerk.example.de", frm=("Dennis Kaya", "d.kaya@zeitwerk.example.de"),
      subject="Angebot vom Museum für Reisekultur", subj_cs=("utf-8", "Q"),
      date="2026-08-12 11:50 +0200", parent="zwp_reg", text=_zwp_offer, cte="b64"),
]

MESSAGES = _ack_es + _ack_en + _ack_fr + _ack_de + _offer_es + _offer_other
