"""Corpus 147, kind `rejection`: formal, soft, terse, relayed, after-interview and casual."""

from __future__ import annotations

from msgs147_common import (
    AUTO,
    CAND_ADDR,
    CAND_NAME,
    L1B,
    L1Q,
    U8B,
    U8Q,
    W1Q,
    ats_card,
    mso,
    outlook,
    outlook_html,
    outlook_quote_html,
    paras,
    reply,
    simple_html,
)
from msgs147_invites import JAC_CONFIRM, JAC_FINAL, JAC_MOVED, SPR_INV
from msgs147_other import BRIGHTWAVE_THANKS, CIEL_THANKS, CONECTA_THANKS

JAC_NO = """Hola Valeria:

Gracias de nuevo por la presentación del jueves; a Emilio y a Carmen les pareció muy sólida tu propuesta de los primeros 90 días, sobre todo la parte de segmentar a los clientes por riesgo de impago.

Te escribo con una noticia que no es la que esperabas: después de deliberar bastante, decidimos ofrecer la gerencia a la otra finalista, que ya conoce el mercado de crédito empresarial en México y puede incorporarse de inmediato. Fue una decisión muy cerrada.

Me encantaría mantenerte en nuestro radar para la posición de Customer Success que abriremos en Guadalajara a fin de año, si te interesa.

Un abrazo,
Fernanda Ugalde
Líder de Atracción de Talento · Finanzas Jacaranda
"""

CAFETO_INVITE = """Hola Valeria:

Te invitamos a una entrevista para el cargo de Customer Success Analyst el jueves 28 de mayo a las 10:00 a. m. en nuestra oficina de Chapinero (Calle 57 # 9-07, piso 4). Te atenderán Diego Salcedo, director de Customer Success, y yo. ¿Nos confirmas?

Andrea Beltrán
Gestión Humana · Cafeto Software"""

CAFETO_HABEAS = """AVISO LEGAL: La información contenida en este mensaje y en sus anexos es confidencial y de uso exclusivo de su destinatario. Si usted no es el destinatario, le informamos que cualquier revisión, retransmisión, divulgación o uso de este mensaje está prohibido; por favor comuníquelo al remitente y bórrelo. En cumplimiento de la Ley 1581 de 2012, Cafeto Software S.A.S. informa que sus datos personales serán tratados conforme a su Política de Tratamiento de Datos, disponible en cafeto.example.co/datos."""

BAYWIND_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the named recipient and may contain confidential or privileged information. If you received it in error, please notify the sender and delete it. Baywind Airlines, Inc. is an equal opportunity employer."""

MESSAGES: list[dict] = [
    # ================================================================ rejection, es
    dict(
        kind="rejection", scen="conecta_tras_assessment_cita_agradecimiento", lang="es",
        id="con_rej", refs=["con_ac", "con_thanks"], company="Conecta Contact Center",
        frm=("Lucía Parra Quintero", "lucia.parra@conectacc.example.co"),
        subject="RE: Gracias por el assessment center – Team Lead Bilingüe",
        date="2026-02-12 16:40 -0500", subj_enc=U8B, name_enc=U8Q,
        text="""Hola Valeria,

Qué amable tu mensaje, de verdad. Te cuento con franqueza cómo quedó todo: el comité revisó los resultados del assessment y de las entrevistas, y la posición de Team Lead Bilingüe se le va a ofrecer a una supervisora que ya venía liderando nuestra operación de cobranzas.

No fue una decisión fácil; tu juego de roles en inglés fue de lo mejor que vimos en la jornada. Con tu permiso, dejo tu hoja de vida activa para las vacantes de Customer Success que abrimos en el segundo semestre.

Un abrazo,
Lucía

Lucía Parra Quintero
Analista de Selección | Conecta Contact Center
Calle 100 # 19-54, piso 7 · Bogotá
PBX (601) 555 0190 ext. 312

""" + reply("es", "2026-02-03 19:20", CAND_NAME, CAND_ADDR, CONECTA_THANKS),
    ),
    dict(
        kind="rejection", scen="andina_seca_no_seguimos", lang="es", id="and_rej",
        refs=["and_inv", "and_move"], company="Andina Pagos",
        frm=("Juliana Ospina", "juliana.ospina@andinapagos.example.co"),
        subject="Proceso Customer Success Lead", date="2026-04-20 18:02 -0500",
        text="""Valeria, gracias por el tiempo del martes.

No vamos a continuar con tu proceso.

Éxitos,
Juliana Ospina
Gerente de Customer Success · Andina Pagos
""",
    ),
    dict(
        kind="rejection", scen="ocelote_transmite_no_de_voxia", lang="es", id="oce_rej",
        refs=["oce_cold", "oce_setup", "oce_missed"], company="Voxia",
        frm=("Rodrigo Báez", "rodrigo.baez@ocelote.example.mx"),
        subject="Retroalimentación de Voxia", date="2026-03-24 17:25 -0600",
        text="""Hola Valeria:

Ya tengo respuesta de Voxia después de la entrevista que logramos reagendar con Mariana. Te la paso tal cual: les gustó tu manejo de indicadores y tu inglés, pero se van a ir con un perfil que ya vive en la Ciudad de México y puede arrancar el próximo lunes; el tema de la reubicación les pesó más de lo que me habían dicho al principio.

Sé que no es lo que querías escuchar. Yo sigo con tu perfil muy presente: tengo otras dos búsquedas de Customer Success que arrancan en abril y creo que ahí la reubicación no va a ser obstáculo.

Un abrazo,
Rodrigo Báez
Consultor Senior · Grupo Ocelote Talento
+52 55 5555 0188
""",
    ),
    dict(
        kind="rejection", scen="cobalto_smartrecruiters_tras_panel", lang="es", id="cob_rej",
        refs=["cob_ack", "cob_inv", "cob_ill"], company="Cobalto Pagos",
        frm=("Cobalto Pagos", "no-reply@smartrecruiters.com"),
        subject="Tu candidatura a Responsable de Customer Success",
        date="2026-07-29 08:30 +0000", headers=AUTO,
        text="""Hola, Valeria:

Gracias por el tiempo que has dedicado a nuestro proceso de selección y por tu participación en la entrevista con el panel.

Tras valorar con detenimiento tu candidatura junto con la del resto de finalistas, lamentamos comunicarte que no seguiremos adelante contigo para el puesto de Responsable de Customer Success.

Guardaremos tus datos durante doce meses por si surge otra oportunidad que encaje contigo, salvo que nos indiques lo contrario.

Te deseamos mucha suerte en tu búsqueda.
Equipo de Talento de Cobalto Pagos
""",
        html=ats_card("Cobalto Pagos · Empleo", paras("""Hola, Valeria:

Gracias por el tiempo que has dedicado a nuestro proceso de selección y por tu participación en la entrevista con el panel.

Tras valorar con detenimiento tu candidatura junto con la del resto de finalistas, lamentamos comunicarte que no seguiremos adelante contigo para el puesto de Responsable de Customer Success.

Guardaremos tus datos durante doce meses por si surge otra oportunidad que encaje contigo, salvo que nos indiques lo contrario.

Te deseamos mucha suerte en tu búsqueda.
Equipo de Talento de Cobalto Pagos"""), color="#0e7490",
            footer="Cobalto Pagos, S.L. · Powered by SmartRecruiters"),
    ),
    dict(
        kind="rejection", scen="telecom_cumbre_workday_perfiles_ajustados", lang="es",
        id="cum_rej", refs=["cum_ack"], company="Telecom Cumbre",
        frm=("Telecom Cumbre", "telecomcumbre@myworkday.com"),
        subject="Actualización sobre tu postulación – REQ-08812", date="2026-02-06 14:10 +0000",
        headers=AUTO,
        html=ats_card("Telecom Cumbre · Trabaja con nosotros", paras("""Hola Valeria Cárdenas-Holt:

Queremos agradecerte por tu interés en la vacante Líder de Experiencia del Cliente (REQ-08812).

Luego de analizar las hojas de vida recibidas, hemos decidido continuar el proceso con candidatos cuyo perfil se ajusta de manera más cercana a los requisitos del cargo.

Te invitamos a seguir consultando nuestras oportunidades en el portal de empleo de Telecom Cumbre.

Cordialmente,
Gestión del Talento
Telecom Cumbre"""), color="#0369a1",
            footer="Este correo fue enviado automáticamente. Por favor no respondas a este mensaje."),
    ),
    dict(
        kind="rejection", scen="sintegra_vacante_congelada", lang="es", id="sin_rej",
        refs=["sin_inv", "sin_missed"], company="Sintegra",
        frm=("Esteban Gallego", "esteban.gallego@sintegra.example.co"),
        subject="Novedad sobre la vacante de Team Lead de soporte",
        date="2026-03-02 09:15 -0500", charset="iso-8859-1", cte="8bit", subj_enc=L1Q,
        text="""Hola Valeria, buenos días.

Te escribo para contarte que la gerencia decidió congelar la vacante de Team Lead de soporte mientras se define la renovación del contrato con el cliente principal de esa línea. Por eso no vamos a continuar con el proceso, ni contigo ni con las demás personas que estaban en la etapa final.

Lamento mucho tener que cerrarlo así después de la llamada tan buena que tuvimos. No hay una fecha para reabrirla; si eso cambia en los próximos meses, te busco primero.

Un saludo,
Esteban Gallego
Líder de Reclutamiento · Sintegra
""",
    ),
    dict(
        kind="rejection", scen="billetera_verde_cubierta_internamente", lang="es", id="bil_rej",
        refs=["bil_ack", "bil_missed"], company="Billetera Verde",
        frm=("Santiago Mejía", "santiago.mejia@billeteraverde.example.co"),
        subject="Sobre la vacante de Account Manager Pymes", date="2026-03-05 11:50 -0500",
        text="""Hola Valeria,

Gracias por la paciencia después de la llamada que por fin logramos hacer. Quería contarte personalmente que la vacante de Account Manager Pymes se cubrió con una persona de nuestro equipo de soporte, que aplicó en la convocatoria interna.

Así que cerramos el proceso externo sin avanzar contigo esta vez. Tu perfil nos gustó y lo dejamos guardado para las próximas vacantes en Medellín.

Un saludo,
Santiago Mejía
Talent Acquisition · Billetera Verde
""",
        html=simple_html(paras("""Hola Valeria,

Gracias por la paciencia después de la llamada que por fin logramos hacer. Quería contarte personalmente que la vacante de Account Manager Pymes se cubrió con una persona de nuestro equipo de soporte, que aplicó en la convocatoria interna.

Así que cerramos el proceso externo sin avanzar contigo esta vez. Tu perfil nos gustó y lo dejamos guardado para las próximas vacantes en Medellín.

Un saludo,
Santiago Mejía
Talent Acquisition · Billetera Verde""")),
    ),
    dict(
        kind="rejection", scen="temporales_ya_cliente_sin_nombre", lang="es", id="tya_rej",
        refs=["tya_reg"], company="Temporales Ya",
        frm=("Yeimy Castaño", "yeimy.castano@temporalesya.example.co"),
        subject="Resultado – vacante coordinadora de calidad", date="2026-02-05 15:45 -0500",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Valeria:

Te cuento que la empresa cliente ya nos dio respuesta sobre la vacante de coordinadora de calidad para la que te presentamos la semana pasada: prefirieron a una candidata con experiencia específica en el sector salud, así que tu hoja de vida no quedó seleccionada para esa posición.

Seguimos contando contigo en nuestra base. Apenas tengamos otra vacante de supervisión acorde a tu perfil, te llamamos.

Un saludo,
Yeimy Castaño
Analista de Selección – Temporales Ya
Tel. (601) 555 0110 · WhatsApp 318 555 0112
""",
    ),
    dict(
        kind="rejection", scen="pulso_telecom_taleo_asignada", lang="es", id="pul_rej",
        company="Pulso Telecom", frm=("Pulso Telecom", "pulsotelecom@taleo.net"),
        subject="Estatus de tu postulación: Gerente de Servicio a Clientes (MX-2231)",
        date="2026-05-27 16:00 +0000", headers=AUTO, cte="base64", html_cte="base64",
        text="""Estimada Valeria:

Te agradecemos el interés mostrado en la posición Gerente de Servicio a Clientes (MX-2231) de Pulso Telecom.

Después de una revisión detallada, la posición fue asignada a otro candidato. Tu información permanecerá en nuestra base de datos y podrá ser considerada para futuras vacantes.

Atentamente,
Atracción de Talento
Pulso Telecom
""",
        html=simple_html(paras("""Estimada Valeria:

Te agradecemos el interés mostrado en la posición Gerente de Servicio a Clientes (MX-2231) de Pulso Telecom.

Después de una revisión detallada, la posición fue asignada a otro candidato. Tu información permanecerá en nuestra base de datos y podrá ser considerada para futuras vacantes.

Atentamente,
Atracción de Talento
Pulso Telecom""")),
    ),
    dict(
        kind="rejection", scen="tlaloc_oye_al_final_otro_perfil", lang="es", id="tla_rej",
        refs=["tla_screen", "tla_move"], company="Tlaloc Cloud",
        frm=("Rogelio Nava", "rogelio.nava@tlaloccloud.example.mx"),
        cc=[("Ximena Olvera", "ximena.olvera@tlaloccloud.example.mx")],
        subject="oye, sobre lo de CSM", date="2026-04-22 20:11 -0600", cte="8bit",
        text="""Qué onda Valeria,

Te escribo yo directo porque me cayó muy bien la plática del martes y no quería que te enteraras por un correo de plantilla.

Al final nos fuimos por alguien con más rodaje en SaaS B2B, que ya trae cartera de clientes enterprise. Tú traes muchísimo de liderazgo de equipos, pero para este rol en específico pesó lo otro.

Si en el segundo semestre abro la posición de líder de soporte, te busco sin pensarlo. Y si algún día necesitas una referencia para otro lado, cuenta conmigo.

Un abrazo,
Rogelio
Head of Customer Success · Tlaloc Cloud
""",
    ),
    dict(
        kind="rejection", scen="jacaranda_tras_final_cadena_outlook", lang="es", id="jac_rej",
        refs=["jac_ack", "jac_final", "jac_moved"], company="Finanzas Jacaranda",
        frm=("Fernanda Ugalde", "fernanda.ugalde@finanzasjacaranda.example.mx"),
        subject="RE: Entrevista final – Gerente de Customer Success",
        date="2026-07-02 12:20 -0600", charset="windows-1252", cte="quoted-printable",
        html_charset="utf-8",
        text=JAC_NO + "\n" + outlook(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-17 16:40", f"{CAND_NAME} <{CAND_ADDR}>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_MOVED) + "\n\n" + outlook(
            "es", f"{CAND_NAME} <{CAND_ADDR}>", "2026-06-15 13:02",
            "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_CONFIRM) + "\n\n" + outlook(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-15 10:30", f"{CAND_NAME} <{CAND_ADDR}>",
            "Entrevista final – Gerente de Customer Success", JAC_FINAL) + "\n",
        html=outlook_html(mso(JAC_NO), "ES-MX", outlook_quote_html(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-17 16:40", f"{CAND_NAME} <{CAND_ADDR}>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_MOVED) + outlook_quote_html(
            "es", f"{CAND_NAME} <{CAND_ADDR}>", "2026-06-15 13:02",
            "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "RE: Entrevista final – Gerente de Customer Success", JAC_CONFIRM) + outlook_quote_html(
            "es", "Fernanda Ugalde <fernanda.ugalde@finanzasjacaranda.example.mx>",
            "2026-06-15 10:30", f"{CAND_NAME} <{CAND_ADDR}>",
            "Entrevista final – Gerente de Customer Success", JAC_FINAL)),
        headers=[("Thread-Topic", "Entrevista final"), ("X-MS-Has-Attach", "")],
    ),
    dict(
        kind="rejection", scen="meseta_puesto_desaparece", lang="es", id="mes_rej",
        refs=["mes_ack", "mes_trial", "mes_update", "mes_follow"], company="Contact Meseta",
        frm=("Jorge Alcántara", "jorge.alcantara@contactmeseta.example.es"),
        subject="Re: Jornada de prueba en Contact Meseta", date="2026-03-11 18:30 +0100",
        text="""Hola Valeria:

Perdona el silencio de estas semanas; quería escribirte cuando tuviera algo claro. Nuestro cliente de seguros ha decidido llevarse el servicio a su propio centro en Valencia a partir de mayo, y la plataforma que ibas a supervisar desaparece. Con ello se cancela también el puesto, así que el proceso queda cerrado sin incorporación.

Tu jornada de prueba fue muy buena y el supervisor que te acompañó lo dejó por escrito. Si abrimos otra cuenta con perfil bilingüe, serás de las primeras personas a las que llame.

Un abrazo,
Jorge

""" + reply("es", "2026-03-06 10:02", CAND_NAME, CAND_ADDR, """Hola Jorge,

Espero que estés muy bien. Han pasado ya dos semanas desde la jornada de prueba y quería saber si hay novedades sobre mi proceso, o si necesitáis algo más de mi parte.

Un saludo desde Bogotá,
Valeria"""),
    ),
    dict(
        kind="rejection", scen="lumbre_workable_no_seguimos", lang="es", id="lum_rej",
        refs=["lum_ack", "lum_inv", "lum_missed"], company="Lumbre Software",
        frm=("Lumbre Software", "noreply@workablemail.com"),
        reply_to=("Irene Salvatierra", "irene.salvatierra@lumbre.example.es"),
        subject="Actualización de tu candidatura en Lumbre Software",
        date="2026-04-08 12:00 +0200",
        text="""Hola Valeria,

Como te prometimos, te escribimos para contarte en qué punto está tu candidatura a Customer Success Manager.

Hemos revisado tu perfil junto con el resto de personas del proceso y hemos decidido no seguir adelante contigo en esta ocasión. Valoramos mucho tu experiencia al frente de equipos, pero para este puesto buscamos a alguien con más recorrido gestionando renovaciones de contratos SaaS.

Gracias por tu interés en Lumbre. Si tienes cualquier pregunta, puedes responder a este correo y le llegará a Irene.

Un saludo,
El equipo de Lumbre Software
""",
    ),
    dict(
        kind="rejection", scen="cafeto_comite_eligio_otra_persona", lang="es", id="caf_rej",
        company="Cafeto Software",
        frm=("Andrea Beltrán", "andrea.beltran@cafeto.example.co"),
        subject="RE: Entrevista con Cafeto Software", date="2026-06-09 10:25 -0500",
        name_enc=L1Q,
        text="""Hola Valeria:

Muchas gracias por haber venido a la oficina el jueves y por la disposición durante toda la conversación con Diego.

Queremos contarte que el comité se inclinó por otra persona para el cargo de Customer Success Analyst, principalmente porque ya había trabajado con nuestra plataforma desde el lado del cliente. Sabemos que esperabas otra respuesta y te agradecemos el interés.

Cordial saludo,

Andrea Beltrán
Gestión Humana · Cafeto Software
Calle 57 # 9-07, piso 4, Chapinero · Bogotá
Tel. (601) 555 0175

""" + CAFETO_HABEAS + "\n\n" + outlook(
            "es", "Andrea Beltrán <andrea.beltran@cafeto.example.co>", "2026-05-21 09:14",
            f"{CAND_NAME} <{CAND_ADDR}>", "Entrevista con Cafeto Software", CAFETO_INVITE) + "\n",
    ),
    dict(
        kind="rejection", scen="empleo_agil_atlantida_no_continua", lang="es", id="eag_rej",
        refs=["eag_reg"], company="Atlántida Telecom",
        frm=("Nerea Campos", "nerea.campos@empleoagil.example.es"),
        subject="Atlántida Telecom: respuesta sobre tu candidatura",
        date="2026-03-30 13:05 +0200", subj_enc=L1B,
        text="""Hola Valeria:

Te llamé esta mañana pero no di contigo, así que te lo escribo. Atlántida Telecom me ha dado respuesta sobre la coordinación del servicio de atención a empresas a la que te presentamos: no continúan con tu candidatura.

El motivo que me han dado es logístico más que de perfil: necesitan a alguien incorporado en Madrid el 20 de abril y saben que tu traslado llevaría más tiempo. Les ha gustado mucho tu CV.

Sigo moviendo tu perfil con otros clientes y te aviso con lo que surja.

Un saludo,
Nerea Campos
Consultora de Selección · Empleo Ágil ETT
91 555 01 47
""",
    ),
    dict(
        kind="rejection", scen="recaudo_icims_proceso_concluido", lang="es", id="rec_rej",
        refs=["rec_inv", "rec_missed"], company="Recaudo Móvil",
        frm=("Recaudo Móvil", "recaudomovil@icims.com"),
        subject="Proceso de selección: Coordinadora de Soporte", date="2026-05-06 21:30 +0000",
        headers=AUTO, name_enc=U8B,
        html=ats_card("Recaudo Móvil – Oportunidades", paras("""Apreciada Valeria:

Te informamos que el proceso de selección para el cargo de Coordinadora de Soporte ha concluido.

En esta oportunidad no fuiste seleccionada para continuar. Agradecemos el tiempo que dedicaste a tu postulación y te animamos a estar pendiente de nuestras próximas convocatorias.

Cordialmente,
Gestión Humana
Recaudo Móvil"""), color="#b91c1c",
            footer="Mensaje generado por el sistema de reclutamiento. No responder."),
    ),
    # ================================================================ rejection, en
    dict(
        kind="rejection", scen="brightwave_after_interview_quotes_thanks", lang="en",
        id="bw_rej", refs=["bw_screen", "bw_newslot", "bw_thanks"], company="Brightwave CX",
        frm=("Dana Whitfield", "dana.whitfield@brightwavecx.example.com"),
        subject="Re: Thank you – CX Team Manager conversation", date="2026-03-20 16:12 -0400",
        subj_enc=U8Q,
        text="""Hi Valeria,

Thank you for such a thoughtful note, and for your patience while the team finished the remaining conversations.

I wish I had better news. Greg and the hiring manager have offered the CX Team Manager position to someone who has already run enterprise onboarding at a larger BPO, which is where the team most needs help this year. I know that's disappointing after the effort you put in, including rearranging your week for us.

Your escalation ideas made a real impression, and I'd genuinely like to stay in touch as we open roles in our Bogotá nearshore site later this year.

All the best,
Dana

""" + reply("en", "2026-03-12 15:58", CAND_NAME, CAND_ADDR, BRIGHTWAVE_THANKS),
    ),
    dict(
        kind="rejection", scen="harborline_filled_internally", lang="en", id="har_rej",
        refs=["har_ack", "har_inv", "har_cancel"], company="Harborline",
        frm=("Kayla Brooks", "kayla.brooks@harborline.example.com"),
        subject="Update on the Customer Success Manager role", date="2026-05-29 11:08 -0400",
        text="""Hi Valeria,

I owe you an explanation for last week's canceled interview. While we were scheduling, one of our senior support engineers asked to move into customer success, and leadership decided to give her the Customer Success Manager seat. The role has been filled internally, so we've closed it to external candidates.

I'm sorry you got caught up in the timing. I've tagged your profile so I see it first when our next CSM opening is approved, most likely in Q4.

Best,
Kayla Brooks
Recruiter | Harborline
""",
    ),
    dict(
        kind="rejection", scen="finlit_icims_more_closely_matches", lang="en", id="fin_rej",
        refs=["fin_ack"], company="Finlit Pay",
        frm=("Finlit Pay Careers", "careers-finlitpay@icims.com"),
        subject="Your application for Support Operations Lead (Req 2026-1187)",
        date="2026-05-12 14:02 +0000", headers=AUTO,
        text="""Dear Valeria,

Thank you for your interest in the Support Operations Lead position at Finlit Pay and for the time you invested in applying.

After reviewing all applications, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We appreciate your interest in Finlit Pay and wish you every success in your job search.

Sincerely,
Finlit Pay Talent Acquisition
""",
        html=ats_card("Finlit Pay Careers", paras("""Dear Valeria,

Thank you for your interest in the Support Operations Lead position at Finlit Pay and for the time you invested in applying.

After reviewing all applications, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We appreciate your interest in Finlit Pay and wish you every success in your job search.

Sincerely,
Finlit Pay Talent Acquisition"""), color="#1d4ed8", lang="en",
            footer="Please do not reply to this email. This mailbox is not monitored."),
    ),
    dict(
        kind="rejection", scen="coral_search_keylime_passes", lang="en", id="cor_rej",
        refs=["cor_ack", "cor_setup", "cor_missed"], company="Keylime Telecom",
        frm=("Jenna Morales", "jenna@coralsearch.example.com"),
        subject="Keylime – their decision", date="2026-08-03 09:50 -0400",
        text="""Morning Valeria,

I heard back from Keylime on Friday evening, and I'm afraid they're going to pass. Brian liked the conversation once we got it rescheduled, but they want someone who has already managed a unionized care team in the US, and that became the deciding factor.

For what it's worth, I don't think this says anything about your fit for Miami. I'll keep presenting you, and I have a fintech search starting mid-August that I think suits you better.

Talk soon,
Jenna
""",
    ),
    dict(
        kind="rejection", scen="kiezly_bamboohr_terse", lang="en", id="kie_rej",
        company="Kiezly", contact="",
        frm=("Kiezly Hiring Team", "no-reply@bamboohr.com"),
        subject="Customer Support Lead at Kiezly", date="2026-09-14 10:00 +0200",
        headers=AUTO,
        text="""Hi Valeria,

Thanks for applying to Customer Support Lead. We won't be moving ahead with your application.

Kiezly Hiring Team
""",
    ),
    dict(
        kind="rejection", scen="sunpath_workday_position_on_hold", lang="en", id="sun_rej",
        refs=["sun_panel", "sun_post"], company="Sunpath Global", contact="",
        frm=("Sunpath Global Recruiting", "sunpathglobal@myworkday.com"),
        subject="Update regarding Operations Manager – Customer Care (R-20417)",
        date="2026-07-10 18:05 +0000", headers=AUTO, html_cte="base64", subj_enc=U8B,
        html=ats_card("Sunpath Global Careers", paras("""Dear Valeria,

Thank you for your interest in the Operations Manager - Customer Care position (R-20417) and for the time you have spent with us.

We want to let you know that the position has been put on hold due to a change in business priorities, and we will not be proceeding with recruitment for this role at this time. As a result, your application will be closed.

Should the position reopen, you are welcome to apply again through the Sunpath Global Careers portal.

Kind regards,
Sunpath Global Talent Acquisition"""), color="#ca8a04", lang="en",
            footer="This is an automated message. Please do not reply."),
    ),
    dict(
        kind="rejection", scen="baywind_assessment_feedback", lang="en", id="bay_rej",
        company="Baywind Airlines",
        frm=("Baywind Airlines Talent", "talent@baywindair.example.com"),
        reply_to=("Gordon Pierce", "gordon.pierce@baywindair.example.com"),
        contact="gordon.pierce@baywindair.example.com",
        subject="Your Assessment Centre – Guest Services Manager",
        date="2026-04-03 15:30 -0400",
        text="""Dear Valeria,

Thank you for attending our Assessment Centre in Fort Lauderdale on March 27 for the Guest Services Manager role.

The assessors have now reviewed every exercise, and I'm sorry to tell you that we're not able to offer you a position on this occasion. You scored strongly in the customer-recovery role play and in the written exercise; the group scheduling task, where we look for delegation under time pressure, was the area that held your overall score back.

If you'd like to talk through your results, reply to this email and I'll set up a 15-minute call.

Kind regards,
Gordon Pierce
Talent Acquisition Partner, Airports
Baywind Airlines | 1100 Lee Wagener Blvd, Fort Lauderdale, FL 33315

""" + BAYWIND_DISCLAIMER + "\n",
        html=simple_html(paras("""Dear Valeria,

Thank you for attending our Assessment Centre in Fort Lauderdale on March 27 for the Guest Services Manager role.

The assessors have now reviewed every exercise, and I'm sorry to tell you that we're not able to offer you a position on this occasion. You scored strongly in the customer-recovery role play and in the written exercise; the group scheduling task, where we look for delegation under time pressure, was the area that held your overall score back.

If you'd like to talk through your results, reply to this email and I'll set up a 15-minute call.

Kind regards,
Gordon Pierce
Talent Acquisition Partner, Airports
Baywind Airlines | 1100 Lee Wagener Blvd, Fort Lauderdale, FL 33315""")
            + '\n<p style="font-size:10px;color:#777">' + BAYWIND_DISCLAIMER + "</p>", "en"),
    ),
    dict(
        kind="rejection", scen="tidepool_ex_colleague_casual", lang="en", id="tid_rej",
        company="Tidepool Support",
        frm=("Chris Delgado", "chris@tidepoolsupport.example.com"),
        subject="ugh, sorry Val", date="2026-08-27 21:40 -0400",
        text="""Hey Val,

Wanted you to hear it from me and not from an automated thing: the team went with someone local for the support manager job. I pushed for you, honestly, but the founders got cold feet about a relocation plus a visa timeline for the first hire on that team.

Totally their loss. Drinks on me next time I'm in Bogotá, and I'll keep my ears open here in Miami.

Chris
""",
    ),
    # ================================================================ rejection, fr
    dict(
        kind="rejection", scen="rhone_successfactors_suite_defavorable", lang="fr",
        id="rho_rej", refs=["rho_ack", "rho_missed"], company="Rhône Télécom",
        frm=("Rhône Télécom Recrutement", "rhonetelecom@successfactors.eu"),
        subject="Votre candidature : Superviseur(e) centre de contacts (RT-2026-0311)",
        date="2026-07-28 09:00 +0000", headers=AUTO, subj_enc=L1Q, name_enc=L1Q,
        charset="iso-8859-1", cte="quoted-printable",
        text="""Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Superviseur(e) centre de contacts au sein de Rhône Télécom.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons vos coordonnées dans notre vivier et nous nous permettrons de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Rhône Télécom
""",
        html=simple_html(paras("""Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Superviseur(e) centre de contacts au sein de Rhône Télécom.

Après examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous conservons vos coordonnées dans notre vivier et nous nous permettrons de revenir vers vous si une opportunité correspondant à votre profil se présentait.

La Direction des Ressources Humaines
Rhône Télécom"""), "fr"),
        html_charset="utf-8",
    ),
    dict(
        kind="rejection", scen="interim_saone_retour_fourviere", lang="fr", id="isa_rej",
        refs=["isa_setup"], company="Fourvière Logiciels",
        frm=("Mehdi Benali", "mehdi.benali@interimsaone.example.fr"),
        subject="Retour de Fourvière Logiciels", date="2026-09-15 17:55 +0200",
        text="""Bonjour Valeria,

J'ai enfin eu le retour de Fourvière Logiciels après votre entretien du 8 septembre. Ils ont apprécié votre parcours et votre aisance en anglais comme en espagnol, mais ils ont choisi un candidat déjà installé à Lyon, qui connaît leur logiciel de facturation.

Je suis désolé que cela n'aboutisse pas cette fois. J'ai d'autres clients lyonnais qui cherchent des profils de relation client bilingues ; je vous recontacte dès qu'une piste sérieuse se présente.

Bien à vous,
Mehdi Benali
Consultant recrutement – Intérim Saône
06 55 01 47 22
""",
    ),
    dict(
        kind="rejection", scen="ciel_lyonnais_apres_entretien_cite_merci", lang="fr",
        id="ciel_rej", refs=["ciel_inv", "ciel_thanks"], company="Ciel Lyonnais",
        frm=("Hélène Morel", "helene.morel@ciellyonnais.example.fr"),
        subject="RE: Remerciements – entretien Responsable relation client",
        date="2026-08-21 11:20 +0200", subj_enc=U8B, name_enc=U8B,
        text="""Madame,

Je vous remercie pour votre message et pour la qualité de nos échanges avec Monsieur Garnier.

Nous avons finalement retenu une autre candidature, celle d'une personne ayant déjà encadré une équipe en aéroport, ce qui correspond à l'urgence de la saison hivernale. Ce choix a été difficile, et votre présentation sur la montée en charge a été très appréciée.

Je me permets de garder votre dossier en vue d'un futur recrutement sur notre plateforme de Villeurbanne.

Bien cordialement,

Hélène Morel
Responsable recrutement
Ciel Lyonnais – Aéroport Lyon Saint-Exupéry, 69125 Colombier-Saugnieu

""" + reply("fr", "2026-08-12 13:41", CAND_NAME, CAND_ADDR, CIEL_THANKS),
    ),
    dict(
        kind="rejection", scen="traboule_poste_pas_ouvert", lang="fr", id="tra_rej",
        company="Traboule Paiements",
        frm=("Camille Vasseur", "camille.vasseur@traboule-paiements.example.fr"),
        subject="Votre candidature chez Traboule Paiements", date="2026-09-29 10:05 +0200",
        charset="windows-1252", cte="quoted-printable", subj_enc=W1Q,
        text="""Bonjour Valeria,

Je reviens vers vous concernant le poste de Customer Success Manager Amérique latine pour lequel nous avions échangé au téléphone début septembre.

La direction a décidé un gel des recrutements jusqu’à la fin de l’exercice, après le report de notre levée de fonds. Le poste ne sera donc finalement pas ouvert cette année, et je dois clore votre candidature.

J’en suis sincèrement navrée, d’autant que votre profil correspondait bien. Si le poste est relancé en 2027, je vous écrirai directement.

Bien à vous,
Camille Vasseur
Talent Acquisition – Traboule Paiements
34 rue Saint-Jean, 69005 Lyon
""",
    ),
    # ================================================================ rejection, de
    dict(
        kind="rejection", scen="spreewerk_stelle_auf_eis", lang="de", id="spr_rej",
        refs=["spr_ack", "spr_inv", "spr_cancel"], company="Spreewerk Software",
        frm=("Lena Hoffmann", "lena.hoffmann@spreewerk.example.de"),
        subject="Ihre Bewerbung als Customer Success Manager (m/w/d)",
        date="2026-05-04 16:20 +0200",
        text="""Sehr geehrte Frau Cárdenas-Holt,

zunächst nochmals Entschuldigung für die kurzfristige Absage im April. Inzwischen hat sich leider mehr geändert als nur der Termin: Die Geschäftsführung hat entschieden, den Ausbau des spanischsprachigen Marktes auf 2027 zu verschieben. Die Stelle wird deshalb vorerst nicht besetzt, und wir setzen das Auswahlverfahren nicht fort.

Das hat nichts mit Ihrem Profil zu tun, das uns überzeugt hat. Wenn wir das Thema wieder aufnehmen, würde ich mich gern bei Ihnen melden, sofern Sie einverstanden sind.

Beste Grüße
Lena Hoffmann
Talent Acquisition | Spreewerk Software

""" + reply("de", "2026-04-14 11:00", "Lena Hoffmann", "lena.hoffmann@spreewerk.example.de",
            SPR_INV),
    ),
    dict(
        kind="rejection", scen="kranich_softgarden_absage", lang="de", id="kra_rej",
        refs=["kra_ack", "kra_inv", "kra_missed"], company="Kranich Telekom", contact="",
        frm=("Kranich Telekom", "kranich-telekom@softgarden.io"),
        subject="Ihre Bewerbung als Teamleitung Kundenservice (m/w/d)",
        date="2026-06-25 10:00 +0200", headers=AUTO, subj_enc=L1B, html_cte="quoted-printable",
        html=ats_card("Kranich Telekom · Karriere", paras("""Sehr geehrte Frau Cárdenas-Holt,

vielen Dank für Ihr Interesse an der Kranich Telekom und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil unseren Anforderungen noch besser entspricht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Telekom"""), color="#1e40af", lang="de",
            footer="Kranich Telekom GmbH · Amtsgericht Charlottenburg HRB 199472 B · "
                   "Versendet über softgarden"),
    ),
    dict(
        kind="rejection", scen="bruecke_personal_kunde_ungenannt", lang="de", id="bru_rej",
        refs=["bru_reg"], company="Brücke Personal",
        frm=("Sven Kowalski", "sven.kowalski@brueckepersonal.example.de"),
        subject="Rückmeldung unseres Kunden", date="2026-04-17 12:30 +0200", name_enc=None,
        text="""Hallo Frau Cárdenas-Holt,

kurze Rückmeldung zu dem Teamleiter-Einsatz im Inbound-Service, für den ich Sie letzte Woche vorgeschlagen hatte: Unser Kundenunternehmen hat sich leider gegen Sie entschieden. Ausschlaggebend war, dass der Einsatz bereits am 1. Mai beginnt und Ihre Arbeitserlaubnis bis dahin nicht vorliegen würde.

Ihr Profil bleibt bei uns aktiv. Für Einsätze ab dem Sommer sehe ich gute Chancen und melde mich, sobald sich etwas Konkretes ergibt.

Freundliche Grüße
Sven Kowalski
Personaldisponent · Brücke Personal
Tel. 030 5555 0147
""",
    ),
]

_ = (L1Q, U8Q, W1Q, reply)
