"""Kind `other`: traps full of job words that are not about her applications (digests,
newsletters, press and podcast interviews, user research, parcels, bank and GPS positions,
viewings, appointments, friends' news, refused course places, cold approaches)."""

from __future__ import annotations

from msgs317_common import bulk, msg

FRIEND_ES = ("Carmen Llull", "carmen.llull@example.net")
FRIEND_FR = ("Sophie Garnier", "sophie.garnier@example.org")

MESSAGES = [
    # ================================================================== SPANISH
    msg("other", "es", "alerta_empleo",
        frm=("Empleamar Alertas", "alertas@empleamar.example.es"),
        subject="12 nuevas ofertas: Customer Experience en Palma y Barcelona",
        date="2026-01-14 07:00", fmt="alt", cte="quoted-printable",
        headers=bulk("Alertas de empleo <alertas.empleamar.example.es>",
                     "<https://empleamar.example.es/baja?u=ivo317>, "
                     "<mailto:baja@empleamar.example.es>"),
        footer="Recibes este correo porque creaste una alerta. Darte de baja.",
        body="""Hola Inés, estas son las ofertas nuevas de tu alerta "experiencia de cliente":

1. Responsable de Atención al Cliente – cadena hotelera – Palma
   Entrevista online en 48 h · Incorporación inmediata
2. CRM Specialist – agencia de viajes online – Barcelona
3. Customer Success Manager – startup de movilidad – Barcelona
4. Coordinadora de Reclamaciones – aseguradora – Madrid

Consejo de la semana: ¿te han rechazado varias veces? Revisa tu CV con nuestro
analizador gratuito y prepara tu próxima entrevista con 20 preguntas frecuentes.

Lamentablemente no podemos mostrar el salario de todas las ofertas.

Ver todas las ofertas: https://empleamar.example.es/alertas/ivo317"""),
    msg("other", "es", "newsletter_carrera",
        frm=("Revista Talento Turístico", "newsletter@talentoturistico.example.es"),
        subject="Cómo encajar un rechazo tras la entrevista final (y 5 claves más)",
        date="2026-02-05 08:30", fmt="html", cte="quoted-printable",
        headers=bulk("Talento Turistico <newsletter.talentoturistico.example.es>",
                     "<https://talentoturistico.example.es/unsubscribe/8812>"),
        brand="Talento Turístico · Newsletter", color="#264653",
        footer="Talento Turístico · Darse de baja · Política de privacidad",
        body="""En este número:

• Cómo encajar un rechazo tras la entrevista final: cinco directivos de hotelería cuentan
cómo convirtieron un "no" en su siguiente oferta.

• Entrevistas por competencias: qué preguntan las aerolíneas en 2026.

• Lamentablemente, el 60 % de los candidatos no hace seguimiento tras una entrevista. Te
damos una plantilla de correo de agradecimiento.

• Ofertas destacadas: Guest Experience en Baleares y Canarias.

¡Feliz lectura!"""),
    msg("other", "es", "radio_entrevista", contact="xisca.riera@radiotramuntana.example.es",
        frm=("Xisca Riera", "xisca.riera@radiotramuntana.example.es"),
        subject="Entrevista en Ràdio Tramuntana FM sobre el turismo de invierno",
        date="2026-02-09 12:15", cte="8bit",
        body="""Hola Inés,

Soy Xisca Riera, periodista del magacín matinal de Ràdio Tramuntana FM. Estamos preparando
un especial sobre la desestacionalización del turismo en Mallorca y nos encantaría hacerte
una entrevista en directo como directora de agencia.

Sería el jueves 12 de febrero a las 9:40, unos diez minutos, por teléfono o en el estudio
si te viene mejor.

¿Te animas?

Xisca Riera
Ràdio Tramuntana FM · 97.3"""),
    msg("other", "es", "podcast_viajeros", contact="dani.ferrer@podcastviajeros.example.es",
        frm=("Dani Ferrer · Podcast Viajeros", "dani.ferrer@podcastviajeros.example.es"),
        subject="¿Te entrevistamos para el podcast Viajeros?", date="2026-03-17 18:40",
        cte="quoted-printable",
        body="""¡Hola Inés!

Te escribo desde el podcast Viajeros. En la próxima temporada queremos hablar con gente
que lleva años al frente de agencias independientes y tu nombre salió varias veces.

La entrevista se graba en remoto, dura unos 40 minutos y no hace falta preparar nada.
Tenemos huecos la última semana de marzo. Si te interesa, dime qué día te va mejor.

Un abrazo,
Dani"""),
    msg("other", "es", "investigacion_usuarios",
        contact="laura.benet@viajaclick.example.es",
        frm=("Laura Benet (Viajaclick Research)", "laura.benet@viajaclick.example.es"),
        subject="Participa en una entrevista de investigación (45 min, tarjeta regalo de 40 €)",
        date="2026-04-22 11:00", fmt="alt", cte="quoted-printable",
        body="""Hola Inés,

Como clienta de Viajaclick, nos gustaría invitarte a una entrevista de investigación de
usuarios sobre cómo planificas tus viajes. No es una entrevista de trabajo ni de venta:
solo queremos escuchar tu experiencia con nuestra app.

Duración: 45 minutos por videollamada
Gratificación: tarjeta regalo de 40 €
Reserva tu hueco aquí: https://research.viajaclick.example.es/estudio/0426

¡Gracias!
Laura Benet, UX Researcher"""),
    msg("other", "es", "paquete_retrasado",
        frm=("Envíos Rápidos Baleares", "no-reply@enviosrapidos.example.es"),
        subject="Tu paquete se ha retrasado", date="2026-05-06 16:20", fmt="html",
        cte="quoted-printable", brand="Envíos Rápidos", color="#f77f00",
        body="""Hola Inés:

Lamentablemente tu paquete 4ER-2219-0071 ha sufrido un retraso en el centro logístico de
Palma debido al temporal y no podrá entregarse en la fecha prevista.

Nueva fecha estimada de entrega: viernes 8 de mayo, entre las 9:00 y las 14:00.

No es necesario que hagas nada. Sentimos las molestias.

Envíos Rápidos Baleares"""),
    msg("other", "es", "banco_posicion",
        frm=("Caixa Migjorn", "avisos@caixamigjorn.example.es"),
        subject="Tu posición global a 30 de abril", date="2026-05-02 06:00",
        cte="quoted-printable",
        body="""Hola, Inés:

Ya tienes disponible el resumen de tu posición global a 30 de abril de 2026.

Cuentas: 8.412,37 €
Tarjetas: -612,40 €
Fondos de inversión: 15.208,11 €

Consulta el detalle de cada posición en la app o en la banca online. Por tu seguridad,
nunca te pediremos tus claves por correo electrónico.

Caixa Migjorn"""),
    msg("other", "es", "patinete_posicion",
        frm=("MoviPalma", "noreply@movipalma.example.es"),
        subject="Última posición registrada de tu patinete", date="2026-06-21 22:05",
        cte="quoted-printable",
        body="""Hola Inés,

Tu patinete MP-0382 ha enviado su última posición GPS a las 21:58:

Passeig Marítim 14, Palma (precisión: 8 m)

Si no has aparcado tú el patinete ahí, activa el modo de bloqueo desde la app.

Equipo MoviPalma"""),
    msg("other", "es", "visita_piso", contact="jordi.puigdomenech@example.net",
        frm=("Jordi Puigdomènech", "jordi.puigdomenech@example.net"),
        subject="Visita al piso de Gràcia – sábado", date="2026-06-24 13:10", cte="8bit",
        body="""Hola Inés,

Te confirmo la visita al piso de la calle Verdi para el sábado 27 a las 11:00. Es un
tercero sin ascensor, te aviso por si acaso.

Si al final te interesa, necesitaría la última nómina o, si estás cambiando de trabajo, el
contrato nuevo firmado.

Saludos,
Jordi"""),
    msg("other", "es", "dentista_cita",
        frm=("Clínica Dental Sant Jaume", "citas@dentalsantjaume.example.es"),
        subject="Recordatorio de su cita: martes 14 de julio, 17:30", date="2026-07-12 10:00",
        cte="quoted-printable",
        body="""Estimada Inés Villanueva:

Le recordamos su cita de revisión e higiene dental:

Fecha: martes 14 de julio de 2026
Hora: 17:30
Profesional: Dra. Marina Tous

Si no puede acudir, por favor anule o cambie la cita con 24 horas de antelación llamando al
971 000 118.

Clínica Dental Sant Jaume"""),
    msg("other", "es", "amiga_rechazo", contact=FRIEND_ES[1], frm=FRIEND_ES,
        subject="Me han dicho que no :(", date="2026-03-27 21:30", cte="8bit",
        body="""Inés, guapa:

Al final me han rechazado en la naviera. Después de tres entrevistas y una prueba, me han
mandado un correo de lo más frío diciendo que "han decidido avanzar con otros candidatos".
Estoy de bajón.

¿Nos tomamos algo el viernes y me cuentas cómo llevas lo tuyo? Seguro que a ti te sale lo
de Calanova.

Un beso,
Carmen"""),
    msg("other", "es", "amiga_reenvio", contact=FRIEND_ES[1], frm=FRIEND_ES,
        subject="Fwd: Convocatoria entrevista – Recepcionista Senior", date="2026-05-14 19:05",
        cte="quoted-printable",
        fwd={"frm": ("Hotel Es Moli Vell – RR. HH.", "rrhh@esmolivell.example.es"),
             "to": FRIEND_ES, "date": "2026-05-14 12:30 +0200",
             "subject": "Convocatoria entrevista – Recepcionista Senior",
             "body": "Estimada Carmen:\n\nLe convocamos a una entrevista para el puesto de\n"
                     "Recepcionista Senior el lunes 18 de mayo a las 10:00 en\n"
                     "el hotel.\n\nUn saludo,\nRR. HH. Hotel Es Molí Vell\n"},
        body="""¡Mira! Me han llamado para entrevista en el Molí Vell.

¿Me ayudas a prepararla? Tú que has hecho tantas últimamente... ¿qué me pongo? ¿qué les
pregunto al final?

Carmen"""),
    msg("other", "es", "curso_sin_plaza",
        frm=("Formación SOIB", "no-reply@formacion-soib.example.es"),
        subject="Resolución de solicitud: Curso Gestión de CRM y Fidelización",
        date="2026-02-27 09:00", cte="quoted-printable",
        body="""Estimada Inés Villanueva Ortega:

Le informamos de que su solicitud para el curso "Gestión de CRM y Fidelización de Clientes"
(código 26-FOR-0331) no ha sido admitida, ya que el número de solicitudes ha superado las
plazas disponibles y no alcanza la puntuación mínima de corte.

Queda usted en lista de espera con el número 14. Si se produce alguna baja, nos pondremos en
contacto con usted.

Atentamente,
Servicio de Formación"""),
    msg("other", "es", "red_profesional",
        frm=("Conecta Pro", "notificaciones@conectapro.example.com"),
        subject="Inés, 7 personas han visto tu perfil esta semana", date="2026-04-01 07:15",
        fmt="html", cte="base64", brand="Conecta Pro", color="#0a66c2",
        headers=[("Precedence", "bulk"),
                 ("List-Unsubscribe", "<https://conectapro.example.com/unsub/ivo>")],
        body="""Inés, tu perfil está llamando la atención.

7 personas han visto tu perfil esta semana, entre ellas una técnica de selección de una
aerolínea y un headhunter de Zúrich.

Las empresas que buscan perfiles de experiencia de cliente están entrevistando ahora mismo.
Activa «Abierta a oportunidades» para aparecer en más búsquedas.

Ver quién ha visto tu perfil"""),
    msg("other", "es", "asociacion_agencias",
        frm=("Boletín AAVB", "boletin@aavb.example.es"),
        subject="Boletín AAVB marzo: nueva normativa de paquetes turísticos",
        date="2026-03-04 10:00", fmt="alt", cte="quoted-printable",
        headers=bulk("Boletin AAVB <boletin.aavb.example.es>",
                     "<mailto:baja@aavb.example.es?subject=baja>"),
        body="""Boletín de la Asociación de Agencias de Viajes de Baleares – marzo 2026

- La nueva directiva de viajes combinados: qué cambia para las agencias.
- Resultados de la encuesta de satisfacción de asociados.
- Bolsa de empleo: tres agencias asociadas buscan personal para temporada.
- Jornada técnica del 25 de marzo en el Palau de Congressos.

Un saludo,
La Junta Directiva"""),
    msg("other", "es", "webinar_entrevistas",
        frm=("Escuela de Hostelería Online", "eventos@eho.example.es"),
        subject="Webinar gratuito: supera la entrevista por competencias", date="2026-05-27 09:30",
        fmt="alt", cte="quoted-printable",
        headers=bulk("Eventos EHO <eventos.eho.example.es>",
                     "<https://eho.example.es/baja>"),
        body="""Hola Inés,

El jueves 4 de junio a las 18:00 celebramos un webinar gratuito: "Entrevistas por
competencias en hotelería: cómo responder y cómo reponerse de un rechazo".

Ponente: Marta Oliver, directora de RR. HH. con 15 años en cadenas hoteleras.

Inscríbete aquí: https://eho.example.es/webinars/competencias

¡Te esperamos!"""),
    msg("other", "es", "vuelo_cancelado",
        frm=("Volandia Airlines", "noreply@volandia.example.com"),
        subject="Tu vuelo VL2241 Palma–Zúrich ha sido cancelado", date="2026-08-20 05:45",
        fmt="html", cte="quoted-printable", brand="VOLANDIA", color="#c1121f",
        body="""Estimada Inés Villanueva Ortega:

Lamentamos informarte de que tu vuelo VL2241 de Palma a Zúrich del 21 de agosto a las 7:10
ha sido cancelado por motivos operativos.

Te hemos reubicado en el vuelo VL2245 del mismo día a las 13:25. Si esta alternativa no te
conviene, puedes solicitar el reembolso o un cambio gratuito desde "Mis reservas".

Disculpa las molestias.
Volandia Airlines"""),
    msg("other", "es", "excompanera_referencia", contact="marga.salas@example.com",
        frm=("Marga Salas", "marga.salas@example.com"),
        subject="¿Me harías de referencia?", date="2026-09-18 17:25", cte="quoted-printable",
        body="""Hola Inés,

¡Cuánto tiempo! Me han dicho que te vas a Zúrich, qué envidia.

Te escribo porque estoy en un proceso para jefa de equipo en una agencia de Inca y me piden
referencias de antiguos responsables. ¿Te importaría que diera tu nombre y tu correo? Te
llamarían como mucho diez minutos.

Gracias mil,
Marga"""),
    msg("other", "es", "cena_amigas", contact=FRIEND_ES[1], frm=FRIEND_ES, fmt="alt",
        subject="Invitación: Cena de despedida de Inés", date="2026-08-10 20:00",
        ics={"method": "REQUEST", "uid": "cena-despedida-ines-20260828@example.net",
             "seq": 0, "start": "2026-08-28 21:00", "minutes": 180,
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
             "summary": "Cena de despedida de Inés 🥂",
             "location": "Restaurante Sa Marina, Passeig Marítim, Palma", "cte": "8bit"},
        body="""¡Chicas! Os mando la invitación para la cena de despedida de Inés antes de que se
nos vaya a Zúrich.

Viernes 28 de agosto a las 21:00 en Sa Marina. Confirmad en el calendario, que tengo que
decir cuántas seremos.

Carmen"""),

    # ================================================================== ENGLISH
    msg("other", "en", "jobs_digest_en",
        frm=("WorkWander Jobs", "jobs-noreply@workwander.example.com"),
        subject="Your weekly digest: 9 new Customer Experience jobs in Lisbon",
        date="2026-04-07 06:30", tz="UTC", fmt="alt", cte="quoted-printable",
        headers=bulk("WorkWander weekly digest <digest.workwander.example.com>",
                     "<https://workwander.example.com/unsubscribe?t=ab19>"),
        footer="You are receiving this because you subscribed to job alerts.",
        body="""Hi Inés, here are this week's top matches:

• CX Team Lead (English-speaking) – Lisbon – interviews this week
• Guest Experience Lead – Lisbon – hybrid
• Customer Insights Manager – Lisbon

Career tip: Unfortunately, most rejections happen before anyone reads your CV. Learn how to
beat the applicant tracking system in our free guide.

Not interested anymore? Update your preferences or unsubscribe."""),
    msg("other", "en", "podcast_cx_voices", contact="priya.nair@cxvoices.example.com",
        frm=("Priya Nair", "priya.nair@cxvoices.example.com"),
        subject="Interview request – CX Voices podcast", date="2026-05-19 15:00", tz="UTC",
        body="""Hi Inés,

I host CX Voices, a podcast about customer experience in travel and hospitality. A listener
recommended your talk at the Palma tourism forum, and I'd love to interview you for an
upcoming episode on how small agencies compete on service.

Recording is remote, around 45 minutes, any time in June that suits you. Would you be up
for it?

Best,
Priya"""),
    msg("other", "en", "headhunter_cold_en", contact="liam.oconnor@northgate-talent.example.ie",
        frm=("Liam O'Connor", "liam.oconnor@northgate-talent.example.ie"),
        subject="Quick hello – CX leadership opportunities", date="2026-06-15 10:40", tz="UTC",
        body="""Hi Inés,

I lead the travel & hospitality desk at Northgate Talent. I came across your profile and
was impressed by the CRM work you've done.

I don't have a specific role to share right now, but we regularly place customer experience
leaders with airlines and hotel groups across Europe. Would you be open to a short,
no-commitment chat so I can understand what you're looking for?

Kind regards,
Liam O'Connor
Northgate Talent, Dublin"""),
    msg("other", "en", "user_research_en", contact="tom.whitfield@roamly.example.com",
        frm=("Tom Whitfield at Roamly", "tom.whitfield@roamly.example.com"),
        subject="Would you join a 30-minute user interview? (€50 voucher)",
        date="2026-08-26 12:00", tz="UTC", fmt="html", cte="quoted-printable",
        brand="Roamly Research", color="#2b9348",
        body="""Hi Inés,

You recently booked a stay through Roamly, and we'd love to learn from you. We're running
short user interviews about how travellers compare accommodation options.

It's a relaxed 30-minute video call with one of our product designers — there are no right
or wrong answers. As a thank-you, you'll receive a €50 voucher.

Pick a time: https://roamly.example.com/research/slots

Thanks!
Tom, UX Research at Roamly"""),

    # ================================================================== GERMAN
    msg("other", "de", "jobabo_digest",
        frm=("JobAlpin Jobabo", "jobabo@jobalpin.example.ch"),
        subject="Jobabo: 6 neue Stellen für «Customer Experience Zürich»",
        date="2026-05-05 06:10", fmt="alt", cte="quoted-printable",
        headers=bulk("JobAlpin Jobabo <jobabo.jobalpin.example.ch>",
                     "<https://jobalpin.example.ch/abo/abmelden?id=7731>"),
        footer="Sie erhalten diese E-Mail, weil Sie ein Jobabo eingerichtet haben.",
        body="""Guten Tag

Hier sind die neuen Stellen zu Ihrem Jobabo:

• Leiter/in Guest Relations – Hotel am See, Zürich – Vorstellungsgespräche ab sofort
• Customer Experience Manager (w/m/d) – Versicherung, Zürich
• Teamleiter/in Kundendienst – Bahnreisen, Zürich-Oerlikon

Tipp der Woche: Absage erhalten? So holen Sie sich ein konstruktives Feedback nach dem
Interview.

Jobabo verwalten oder abmelden: https://jobalpin.example.ch/abo"""),
    msg("other", "de", "wohnung_besichtigung", contact="r.baumann@immo-seefeld.example.ch",
        frm=("René Baumann", "r.baumann@immo-seefeld.example.ch"),
        subject="Besichtigung 2.5-Zimmer-Wohnung Seefeldstrasse", date="2026-07-14 09:25",
        cte="8bit", charset="iso-8859-1",
        body="""Guten Tag Frau Villanueva

Gerne bestätige ich Ihnen den Besichtigungstermin für die 2.5-Zimmer-Wohnung an der
Seefeldstrasse 140:

Samstag, 25. Juli 2026, 10.15 Uhr

Bitte bringen Sie das ausgefüllte Anmeldeformular, einen Betreibungsregisterauszug und eine
Kopie Ihres Arbeitsvertrags mit.

Freundliche Grüsse
René Baumann
Immobilien Seefeld"""),
    msg("other", "de", "arzttermin",
        frm=("Praxis am Kreuzplatz", "termine@praxis-kreuzplatz.example.ch"),
        subject="Terminbestätigung: Dr. med. Corinne Vogt, 16.09.2026", date="2026-09-09 11:00",
        cte="quoted-printable",
        body="""Guten Tag Frau Villanueva Ortega

Wir bestätigen Ihren Termin für die Erstkonsultation:

Mittwoch, 16. September 2026, 08.30 Uhr
Dr. med. Corinne Vogt, Allgemeine Innere Medizin

Bitte bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht wahrnehmen
können, bitten wir um Absage mindestens 24 Stunden im Voraus.

Praxis am Kreuzplatz"""),
    msg("other", "de", "paket_verspaetet",
        frm=("HelvetiPaket", "noreply@helvetipaket.example.ch"),
        subject="Leider verzögert sich Ihre Sendung", date="2026-09-03 14:35", fmt="html",
        cte="quoted-printable", brand="HelvetiPaket", color="#ffb703",
        body="""Guten Tag

Leider verzögert sich die Zustellung Ihrer Sendung 99.60.031442.00087 aufgrund eines hohen
Paketaufkommens.

Neuer voraussichtlicher Zustelltermin: Montag, 7. September 2026.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihr HelvetiPaket-Kundendienst"""),
    msg("other", "de", "sprachkurs_absage",
        frm=("Sprachschule Limmatplatz", "kurse@sprachschule-limmatplatz.example.ch"),
        subject="Ihre Anmeldung zum Intensivkurs Deutsch C1", date="2026-07-22 16:00",
        cte="quoted-printable", subj_enc=("q", "iso-8859-1"),
        body="""Guten Tag Frau Villanueva

Vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch C1 (ab 17. August).

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir Ihnen
keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt und schlagen Ihnen
alternativ den Abendkurs ab 7. September vor.

Freundliche Grüsse
Sprachschule Limmatplatz, Sekretariat"""),
    msg("other", "de", "headhunter_cold_de",
        contact="f.gerber@brunner-partners.example.ch",
        frm=("Fabienne Gerber", "f.gerber@brunner-partners.example.ch"),
        subject="Kontaktaufnahme – Customer-Experience-Positionen in der Schweiz",
        date="2026-10-06 10:10", cte="quoted-printable",
        body="""Guten Tag Frau Villanueva

Ich bin Beraterin bei Brunner & Partners in Zürich und auf Führungspositionen im Bereich
Kundenerlebnis spezialisiert. Ihr Profil ist mir aufgefallen.

Aktuell habe ich kein konkretes Mandat für Sie, würde Sie aber gerne unverbindlich
kennenlernen, um bei künftigen Suchen an Sie denken zu können. Hätten Sie in den nächsten
Wochen Zeit für einen Kaffee?

Freundliche Grüsse
Fabienne Gerber
Brunner & Partners"""),

    # ================================================================== FRENCH
    msg("other", "fr", "lettre_emploi",
        frm=("Cadres Sud – La Lettre", "lettre@cadres-sud.example.fr"),
        subject="La Lettre Cadres Sud : réussir son entretien, rebondir après un refus",
        date="2026-04-16 07:45", fmt="alt", cte="quoted-printable",
        headers=bulk("La Lettre Cadres Sud <lettre.cadres-sud.example.fr>",
                     "<https://cadres-sud.example.fr/desabonnement?c=55>"),
        footer="Vous recevez cette lettre car vous êtes inscrite sur Cadres Sud.",
        body="""Au sommaire cette semaine :

- Entretien d'embauche : les 7 questions pièges des recruteurs marseillais.
- Refus après un entretien final ? Trois cadres racontent comment ils ont rebondi.
- Malheureusement, 4 candidatures sur 10 restent sans réponse : comment relancer sans
  être insistant.
- 35 offres Relation client en Provence-Alpes-Côte d'Azur.

Bonne lecture,
La rédaction"""),
    msg("other", "fr", "radio_calanque", contact="marc.olivieri@radiocalanque.example.fr",
        frm=("Marc Olivieri", "marc.olivieri@radiocalanque.example.fr"),
        subject="Demande d'interview – émission « Escales »", date="2026-06-02 16:40",
        cte="8bit",
        body="""Bonjour Madame Villanueva,

Je prépare pour Radio Calanque un numéro de l'émission « Escales » consacré aux liaisons
maritimes entre Marseille et les Baléares. Une collègue m'a dit que vous connaissiez très
bien le sujet côté agences de voyages.

Accepteriez-vous une interview d'une quinzaine de minutes, par téléphone, la semaine
prochaine ?

Bien cordialement,
Marc Olivieri
Journaliste, Radio Calanque"""),
    msg("other", "fr", "visite_appartement",
        frm=("Immo Provence Castellane", "agence.castellane@immoprovence.example.fr"),
        subject="Confirmation de visite – T2 rue Paradis", date="2026-05-29 11:20",
        cte="quoted-printable",
        body="""Bonjour Madame,

Nous vous confirmons la visite de l'appartement T2 situé 112 rue Paradis, 13006 Marseille,
le samedi 6 juin à 14h30. Notre négociatrice, Mme Pons, vous attendra devant l'immeuble.

Merci de prévoir votre dossier de location (pièce d'identité, trois derniers bulletins de
salaire ou promesse d'embauche).

Cordialement,
L'agence Immo Provence Castellane"""),
    msg("other", "fr", "rdv_dentiste",
        frm=("Cabinet dentaire du Prado", "rdv@dentaire-prado.example.fr"),
        subject="Rappel : votre rendez-vous du 12 juin", date="2026-06-10 18:00",
        cte="quoted-printable", charset="windows-1252",
        body="""Bonjour Inés Villanueva Ortega,

Nous vous rappelons votre rendez-vous au Cabinet dentaire du Prado :

Vendredi 12 juin 2026 à 9h15 avec le Dr Lemaire.

En cas d'empêchement, merci d'annuler au moins 48 heures à l'avance.

Cabinet dentaire du Prado – 220 avenue du Prado, Marseille"""),
    msg("other", "fr", "colis_retard",
        frm=("ColiSud", "ne-pas-repondre@colisud.example.fr"),
        subject="Malheureusement, votre colis a du retard", date="2026-07-03 09:10",
        fmt="html", cte="quoted-printable", brand="ColiSud", color="#3a86ff",
        body="""Bonjour,

Malheureusement, votre colis n° CS882104471FR n'a pas pu être livré à la date prévue en
raison d'un incident sur notre plateforme de Vitrolles.

Nouvelle date de livraison estimée : mardi 7 juillet.

Nous vous prions de nous excuser pour ce désagrément.

Le service client ColiSud"""),
    msg("other", "fr", "amie_refus", contact=FRIEND_FR[1], frm=FRIEND_FR,
        subject="Bon, c'est non…", date="2026-09-14 22:10", cte="8bit",
        charset="iso-8859-1",
        body="""Coucou Inés,

Je viens de recevoir un refus de la part de l'office de tourisme, après deux entretiens.
Ils ont « retenu un profil plus expérimenté »... Je suis dégoûtée.

Dis-moi que Zurich se passe bien, j'ai besoin de bonnes nouvelles !

Bises,
Sophie"""),
    msg("other", "fr", "position_vehicule",
        frm=("Rent&Go Marseille", "alertes@rentandgo.example.fr"),
        subject="Position de votre véhicule de location", date="2026-04-18 20:30",
        cte="quoted-printable",
        body="""Bonjour,

Suite à votre demande, voici la dernière position connue de votre véhicule de location
(Clio immatriculée GH-000-RT) :

Parking Vieux-Port – Hôtel de Ville, niveau -2, relevée à 20h12.

Pour rappel, le véhicule doit être restitué le 20 avril avant 10h00 à l'agence de la gare
Saint-Charles.

Rent&Go Marseille"""),
    msg("other", "fr", "formation_refusee",
        frm=("Institut Méditerranéen de Formation", "inscriptions@imf.example.fr"),
        subject="Votre inscription – Certificat Relation Client & CRM", date="2026-02-17 14:00",
        cte="quoted-printable", charset="windows-1252", subj_enc=("q", "windows-1252"),
        body="""Madame,

Nous avons bien étudié votre dossier d'inscription au Certificat Relation Client & CRM
(session de mars 2026).

Nous sommes au regret de vous informer que votre inscription n'a pas pu être retenue, la
session étant complète. Votre dossier est automatiquement reporté sur la session de
septembre, sauf avis contraire de votre part.

Le service des inscriptions
Institut Méditerranéen de Formation"""),
]
