"""Corpus 190: interview invitations (26), reschedules/cancellations (15), missed interviews (10)."""

from msgs190_common import (
    CAND,
    ats_card,
    outlook_html,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(kind, **spec):
    spec["kind"] = kind
    MESSAGES.append(spec)


INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# ==========================================================================================
# Interview invitations
# ==========================================================================================

add(
    INV,
    key="ibaizabal_first_interview",
    lang="es",
    company="Distribuciones Ibaizabal",
    contact="leire.bengoetxea@ibaizabal.example.es",
    date="2026-02-16 09:40 +0100",
    frm=("Leire Bengoetxea", "leire.bengoetxea@ibaizabal.example.es"),
    subject="Entrevista - Asistente de Compras (Zamudio)",
    text="""Hola Esperanza:

Gracias por tu candidatura al puesto de Asistente de Compras. Nos gustaría conocerte en
persona: ¿te viene bien el viernes 20 de febrero a las 10:00 en nuestras instalaciones de
Zamudio? Estarás con Iñaki Zabala, jefe de compras, y conmigo; calcula una hora.

La dirección es Parque Tecnológico, edificio 612. Al llegar, pregunta por mí en recepción.
Si ese día no puedes, dime dos o tres huecos esa semana y lo cuadramos.

Un saludo,

Leire Bengoetxea Otxoa
Responsable de Selección
Distribuciones Ibaizabal S.A.
Parque Tecnológico 612, 48170 Zamudio (Bizkaia)
Tel. 944 00 52 18 · www.ibaizabal.example.es
""",
)

_santalucia_inv = """Estimada Esperanza:

Por la presente le convocamos a la entrevista con el tribunal de selección para la plaza de
Auxiliar de Compras de la Cocina Central (ref. HSL-26-014).

Fecha: jueves, 26 de marzo de 2026
Hora: 10:00 (duración aproximada 45 minutos)
Lugar: Sala de juntas 2, Edificio de Servicios Generales, entrada por C/ Portal de Castilla

El tribunal estará formado por Itziar Olabarria (Jefa de Compras), Koldo Sáenz de Ugarte
(Cocina Central) y yo misma. Le rogamos que traiga el DNI y los originales de sus títulos.

Puede aceptar la convocatoria desde su calendario o responder a este correo.

Atentamente,
Nerea Landaluze Ibarrola
Técnica de Selección · Recursos Humanos
Hospital Santa Lucía · Vitoria-Gasteiz"""

add(
    INV,
    key="santalucia_panel_ics",
    lang="es",
    company="Hospital Santa Lucía",
    contact="nerea.landaluze@hsantalucia.example.es",
    date="2026-03-16 10:05 +0100",
    frm=("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
    subject="Convocatoria: entrevista con tribunal – Auxiliar de Compras (Cocina Central)",
    subj_enc=("utf-8", "B"),
    text=_santalucia_inv,
    html=outlook_html(_santalucia_inv, "es"),
    ics={"method": "REQUEST", "seq": 0, "uid": "hsl-26-014-tribunal@hsantalucia.example.es",
         "summary": "Entrevista tribunal – Auxiliar de Compras (HSL-26-014)",
         "start": "2026-03-26 10:00", "tz": "+0100", "minutes": 45,
         "location": "Sala de juntas 2, Edificio de Servicios Generales",
         "organizer": ("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    ics_mode="alt",
)

add(
    INV,
    key="erribera_phone_call",
    lang="es",
    company="Cooperativa Erribera",
    contact="javier.goni@erribera.example.es",
    date="2026-01-20 17:10 +0100",
    frm=("Javier Goñi Arbizu", "javier.goni@erribera.example.es"),
    subject="Llamada por lo del puesto de compras",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Hola Esperanza,

He visto tu currículum para el puesto de auxiliar de compras del almacén. Antes de nada me
gustaría hablar contigo por teléfono un rato, unos quince minutos, para ver disponibilidad y
que me cuentes qué hacías con los pedidos en el comedor.

¿Te llamo el martes 27 a las 10:00 al 688 41 27 90? Si no te va bien, dime otra hora.

Javier Goñi
Jefe de almacén - Cooperativa Erribera (Pamplona)
""",
)

add(
    INV,
    key="kalea_client_arratia",
    lang="es",
    company="Conservas Arratia",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-03-10 12:30 +0100",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="Entrevista con Conservas Arratia - martes 17",
    text="""Hola Esperanza,

¡Buenas noticias! Conservas Arratia quiere conocerte para el puesto de asistente de compras
del que hablamos. La entrevista sería con Begoña Uriarte, su directora de operaciones:

- Martes 17 de marzo, 10:30
- Fábrica de Igorre, Barrio Elexalde 9 (hay aparcamiento para visitas)
- Duración: una hora, con visita a la zona de materias primas

Te recomiendo repasar lo que me contaste de la negociación con el proveedor de pescado del
colegio: les va a interesar. ¿Me confirmas que te encaja?

Un abrazo,
Ane Zubizarreta
Consultora senior · Kalea Talent · +34 944 00 58 21
""",
)

_mesaluz_inv = """Hola Esperanza:

Gracias por tu interés en la posición de Asistente de Compras en Grupo Mesaluz. Nos gustaría
mantener contigo una entrevista por videollamada con Andrés Villalba, responsable de compras
de la división de colectividades.

Jueves 21 de mayo, de 12:00 a 12:45 (hora peninsular)
Microsoft Teams: https://teams.example.com/l/meetup-join/mesaluz-compras-0521

Por favor, confírmame tu asistencia respondiendo a este correo.

Un saludo,
Lucía Carrasco Peña
Responsable de Talento · Grupo Mesaluz Restauración · Madrid"""

add(
    INV,
    key="mesaluz_teams",
    lang="es",
    company="Grupo Mesaluz",
    contact="lucia.carrasco@mesaluz.example.es",
    date="2026-05-18 09:15 +0200",
    frm=("Lucía Carrasco Peña", "lucia.carrasco@mesaluz.example.es"),
    frm_enc=("utf-8", "B"),
    subject="Videoentrevista Asistente de Compras - Grupo Mesaluz",
    text=_mesaluz_inv,
    html=simple_html(_mesaluz_inv, "es"),
    html_cte="base64",
)

add(
    INV,
    key="urola_invite",
    lang="es",
    company="Cocinas Colectivas Urola",
    contact="mikel.larranaga@urolacolectividades.example.es",
    date="2026-02-23 12:10 +0100",
    frm=("Mikel Larrañaga", "mikel.larranaga@urolacolectividades.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="Entrevista - Auxiliar de compras",
    text="""Buenos días Esperanza:

Te propongo una entrevista presencial en nuestras oficinas de Zumarraga el lunes 2 de marzo a
las 11:00 con el responsable de compras. Confírmame si te va bien, por favor.

Mikel Larrañaga
RRHH Cocinas Colectivas Urola
""",
)

add(
    INV,
    key="iruna_smartrecruiters_schedule",
    lang="es",
    company="Clínica Universitaria Iruña",
    contact="",
    date="2026-03-09 08:00 +0000",
    frm=("Clínica Universitaria Iruña", "noreply@smartrecruiters.com"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Reserva tu entrevista: Auxiliar de Compras – Hostelería hospitalaria",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("es", "Clínica Universitaria Iruña", """Hola Esperanza:

Tu candidatura ha pasado a la fase de entrevistas. Ignacio Echarri, responsable de compras de
hostelería, quiere hablar contigo en una entrevista presencial de 40 minutos en la clínica.

Elige el horario que mejor te encaje entre los disponibles. Los huecos se asignan por orden
de reserva.""", ("Elegir horario de entrevista",
        "https://www.smartrecruiters.com/interview-scheduler/iruna/7c1e2a"),
        "Si tienes algún problema con el enlace, contacta con el equipo de selección a través "
        "del portal. SmartRecruiters", accent="#6a2c70"),
)

add(
    INV,
    key="txingudi_casual_thursday",
    lang="es",
    company="Txingudi Catering",
    contact="garbine.irazusta@txingudicatering.example.es",
    date="2026-03-03 18:45 +0100",
    frm=("Garbiñe Irazusta", "garbine.irazusta@txingudicatering.example.es"),
    subject="¿charlamos el jueves?",
    subj_enc=("utf-8", "Q"),
    text="""Hola Esperanza!

Soy Garbiñe, de Txingudi Catering. Nos pasó tu CV una compañera del colegio de Leioa. ¿Estás
libre el jueves a las 16:00 para charlar un rato por Teams sobre el puesto de ayudante de
compras? Nada formal, media horita para conocernos.

Te mando el enlace si me dices que sí:)

Garbiñe
""",
)

add(
    INV,
    key="ttnorte_client_ugao",
    lang="es",
    company="Grupo Alimentario Ugao",
    contact="marta.gil@ttnorte.example.es",
    date="2026-01-14 13:20 +0100",
    frm=("Marta Gil | TTN", "marta.gil@ttnorte.example.es"),
    subject="Entrevista cliente: Grupo Alimentario Ugao - viernes 16/01 9:30",
    charset="windows-1252",
    cte="8bit",
    text="""Hola Esperanza,

Tal y como hablamos por teléfono, te confirmo la entrevista con nuestro cliente Grupo
Alimentario Ugao para el puesto de auxiliar administrativa de compras:

• Viernes 16 de enero a las 9:30
• Polígono Markijana, pabellón 4, Ugao-Miraballes
• Preguntar en recepción por Jon Larrinaga (responsable de aprovisionamiento)
• Lleva el DNI y una copia del CV

Cualquier cosa, me llamas al 944 00 71 30. ¡Mucha suerte!

Marta Gil Sanz
Consultora de selección – TTN Trabajo Temporal Norte
""",
)

add(
    INV,
    key="frescoscastellana_assessment",
    lang="es",
    company="Frescos Castellana",
    contact="ruben.montero@frescoscastellana.example.es",
    date="2026-06-16 10:00 +0200",
    frm=("Rubén Montero", "ruben.montero@frescoscastellana.example.es"),
    subject="Convocatoria centro de evaluación - Asistente de compras",
    text="""Hola, Esperanza:

Has superado la preselección para el puesto de Asistente de compras en Frescos Castellana
Distribución. Te convocamos al centro de evaluación, que se celebrará el jueves 25 de junio
de 9:00 a 14:00 en nuestra sede del polígono de Vallecas (Nave C-14, primera planta).

La jornada incluye:
1. Prueba práctica de hoja de cálculo (pedidos y escandallos), 45 minutos.
2. Dinámica de grupo con otros cinco candidatos.
3. Entrevista individual con la jefa de compras de frutas y verduras.

Te adjunto la convocatoria para tu calendario. Confírmanos la asistencia antes del lunes.

Un saludo,
Rubén Montero Lozano
Selección · Frescos Castellana Distribución
""",
    ics={"method": "REQUEST", "seq": 0, "uid": "fc-assess-0625@frescoscastellana.example.es",
         "summary": "Centro de evaluación - Asistente de compras",
         "start": "2026-06-25 09:00", "tz": "+0200", "minutes": 300,
         "location": "Polígono de Vallecas, Nave C-14, 1.ª planta, Madrid",
         "organizer": ("Rubén Montero", "ruben.montero@frescoscastellana.example.es")},
)

add(
    INV,
    key="manzanares_prueba_practica",
    lang="es",
    company="Hospital Universitario del Manzanares",
    contact="portega@hmanzanares.example.es",
    date="2026-09-21 09:00 +0200",
    frm=("Pilar Ortega Sanz", "portega@hmanzanares.example.es"),
    subject="Citación prueba práctica y entrevista - Auxiliar de Aprovisionamiento",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Estimada Sra. Mwangi-Etxeberria:

Le comunicamos que ha sido admitida a la fase de prueba práctica y entrevista del proceso de
selección de Auxiliar de Aprovisionamiento (Servicio de Hostelería), expediente 2026/SEL/38.

Día: jueves 1 de octubre de 2026
Hora: 9:00 horas
Lugar: Aula 3 del Pabellón Docente, entrada por la calle Toledo

La prueba consistirá en un supuesto práctico de gestión de pedidos y almacén (60 minutos),
seguido de una entrevista personal. Deberá presentarse con DNI o pasaporte.

Atentamente,

Pilar Ortega Sanz
Unidad de Selección - Dirección de Recursos Humanos
Hospital Universitario del Manzanares (Madrid)
""",
)

add(
    INV,
    key="gorbea_workable_video",
    lang="es",
    company="Colectividades Gorbea",
    contact="",
    date="2026-04-06 07:30 +0000",
    frm=("Colectividades Gorbea", "noreply@candidates.workablemail.com"),
    subject="Colectividades Gorbea te invita a una videoentrevista",
    subj_enc=("iso-8859-1", "B"),
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("es", "Colectividades Gorbea", """Hola Esperanza,

Nos gustaría invitarte a una videoentrevista de 30 minutos para el puesto de Técnico/a de
compras – Restauración colectiva (Vitoria-Gasteiz).

Selecciona a continuación el día y la hora que prefieras. Recibirás una confirmación con el
enlace de la videollamada.""", ("Elegir día y hora",
        "https://apply.workable.com/gorbea-colectividades/interview/8F3KQ"),
        "Enviado a través de Workable en nombre de Colectividades Gorbea.", accent="#2f7d32"),
)

_ulia_inv = """Kaixo Esperanza,

Gracias por tu candidatura para Asistente de compras en nuestro tostadero. Me encantaría
tener una primera conversación telefónica contigo el jueves 14 de mayo a las 12:00.

Confirma la cita con el botón de abajo o respóndeme directamente a este correo si necesitas
otro momento.

Nagore Aldabaldetreku
Compras y calidad, Cafés Ulía"""

add(
    INV,
    key="cafesulia_recruitee_phone",
    lang="es",
    company="Cafés Ulía",
    contact="nagore@cafesulia.example.es",
    date="2026-05-11 08:30 +0200",
    frm=("Cafés Ulía", "cafesulia@jobs.recruitee.com"),
    frm_enc=("utf-8", "B"),
    reply_to=("Nagore Aldabaldetreku", "nagore@cafesulia.example.es"),
    subject="Entrevista telefónica - Asistente de compras",
    text=_ulia_inv + "\n\nConfirmar: https://cafesulia.recruitee.com/o/asistente-compras/confirm\n",
    html=ats_card("es", "Cafés Ulía", _ulia_inv, ("Confirmar la cita",
        "https://cafesulia.recruitee.com/o/asistente-compras/confirm"), accent="#5b3a29"),
)

add(
    INV,
    key="laborfacil_client_artxanda",
    lang="es",
    company="Residencias Artxanda",
    contact="sonia.pardo@laborfacil.example.es",
    date="2026-01-19 10:10 +0100",
    frm=("Sonia Pardo", "sonia.pardo@laborfacil.example.es"),
    subject="Entrevista en Residencias Artxanda (jueves 22)",
    text="""Hola Esperanza:

Te he conseguido entrevista con Residencias Artxanda para la vacante de auxiliar de economato
de la que hablamos. Te recibirá la gobernanta, Rosa Mª Elorriaga, el jueves 22 de enero a las
16:00 en la residencia de Santo Domingo (Camino de Artxanda 14, Bilbao).

Preguntarán sobre control de existencias y pedidos a proveedores de alimentación y limpieza.
Después de la entrevista llámame y me cuentas qué tal.

Un saludo,
Sonia Pardo
Técnica de Selección – Laborfácil ETT
Tel. 944 00 35 62
""",
)

# --- French -------------------------------------------------------------------------------

add(
    INV,
    key="vergers_adour_phone",
    lang="fr",
    company="Vergers de l'Adour",
    contact="claire.etcheverry@vergers-adour.example.fr",
    date="2026-05-05 14:00 +0200",
    frm=("Claire Etcheverry", "claire.etcheverry@vergers-adour.example.fr"),
    subject="Candidature assistante achats - entretien téléphonique",
    text="""Bonjour Madame Mwangi-Etxeberria,

Votre candidature au poste d'assistante achats de notre coopérative a retenu notre attention.
Je vous propose un premier entretien téléphonique le mardi 12 mai à 10h00, d'une durée de
trente minutes environ, avec moi-même et notre responsable des approvisionnements.

Nous vous appellerons au numéro indiqué sur votre CV (+34 688 41 27 90). Merci de me confirmer
que ce créneau vous convient.

Bien cordialement,

Claire Etcheverry
Responsable RH – Vergers de l'Adour
Route de Cambo, 64100 Bayonne
""",
)

_garonne_inv = """Bonjour Esperanza,

Suite à notre échange téléphonique, nous avons le plaisir de vous convier à notre journée
d'évaluation pour le poste d'assistante achats denrées :

Date : jeudi 2 juillet 2026, de 9h00 à 16h00
Lieu : cuisine centrale de Mérignac, 5 avenue de la Somme, 33700 Mérignac

Au programme : une étude de cas sur un appel d'offres fruits et légumes, un atelier en groupe,
une visite de la légumerie et un entretien individuel avec le responsable achats. Le déjeuner
est pris sur place avec l'équipe.

Merci d'accepter l'invitation jointe pour confirmer votre présence.

Sandrine Lafargue
Chargée de recrutement, Restauration Collective Garonne"""

add(
    INV,
    key="rcgaronne_assessment",
    lang="fr",
    company="Restauration Collective Garonne",
    contact="sandrine.lafargue@rcgaronne.example.fr",
    date="2026-06-22 11:30 +0200",
    frm=("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr"),
    subject="Invitation : journée d'évaluation du 2 juillet",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1",
    cte="quoted-printable",
    text=_garonne_inv,
    html=simple_html(_garonne_inv, "fr"),
    ics={"method": "REQUEST", "seq": 0, "uid": "rcg-eval-20260702@rcgaronne.example.fr",
         "summary": "Journée d'évaluation – assistante achats denrées",
         "start": "2026-07-02 09:00", "tz": "+0200", "minutes": 420,
         "location": "Cuisine centrale, 5 avenue de la Somme, 33700 Mérignac",
         "organizer": ("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr")},
)

add(
    INV,
    key="interim_atlantique_labourd",
    lang="fr",
    company="Biscuiterie Labourd",
    contact="julien.darrigade@interim-atlantique.example.fr",
    date="2026-09-01 10:45 +0200",
    frm=("Julien Darrigade", "julien.darrigade@interim-atlantique.example.fr"),
    subject="Entretien chez notre client Biscuiterie Labourd - mardi 8 septembre",
    text="""Bonjour Esperanza,

Je vous confirme l'entretien que j'ai calé pour vous chez notre client, la Biscuiterie
Labourd, pour la mission d'aide-acheteuse (6 mois, renouvelable) :

Mardi 8 septembre à 14h00
Zone artisanale de Lana, 64100 Bayonne – demander M. Oçafrain à l'accueil

Prévoyez environ 45 minutes. Ils vous poseront des questions sur la gestion des stocks de
farine, de beurre et d'emballages, et sur votre expérience des fiches techniques.

Tenez-moi au courant juste après !

Julien Darrigade
Chargé de recrutement – Intérim Atlantique – 05 59 00 63 80
""",
)

_errobi_inv = """Bonjour Esperanza,

Je vous remercie pour votre candidature. Nous souhaitons vous rencontrer en entretien avec un
jury composé de Pierre Lamarque (responsable approvisionnement), d'un administrateur de la
coopérative et de moi-même.

Mercredi 22 avril 2026, 14h00 – 15h00, en visioconférence (Microsoft Teams).
Lien : https://teams.example.com/l/meetup-join/errobi-jury-0422

Merci de répondre à l'invitation.

Maialen Harriet
Ressources humaines – Coopérative Les Champs d'Errobi
Chemin de Portuita, 64990 Mouguerre"""

add(
    INV,
    key="champs_errobi_panel",
    lang="fr",
    company="Les Champs d'Errobi",
    contact="maialen.harriet@champs-errobi.example.fr",
    date="2026-04-15 09:20 +0200",
    frm=("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
    subject="Entretien jury – poste assistant(e) approvisionnement",
    text=_errobi_inv,
    html=outlook_html(_errobi_inv, "fr"),
    ics={"method": "REQUEST", "seq": 0, "uid": "errobi-jury-20260422@champs-errobi.example.fr",
         "summary": "Entretien jury – assistant(e) approvisionnement",
         "start": "2026-04-22 14:00", "tz": "+0200", "minutes": 60,
         "location": "Microsoft Teams",
         "organizer": ("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    ics_mode="alt",
)

add(
    INV,
    key="dufau_jeudi_echange",
    lang="fr",
    company="Maison Dufau",
    contact="bernard.dufau@maison-dufau.example.fr",
    date="2026-03-25 20:14 +0100",
    frm=("Bernard Dufau", "bernard.dufau@maison-dufau.example.fr"),
    subject="Re: Candidature spontanée - aide-acheteuse",
    re="own_candidature_dufau",
    text=reply(
        """Bonsoir,

Merci pour votre CV. Êtes-vous disponible jeudi (le 26) en fin de matinée pour un échange au
téléphone ? Disons 11h30. Sinon proposez-moi un moment.

Bernard Dufau
Maison Dufau – épicerie fine en gros – quai de Paludate, Bordeaux""",
        "fr", "2026-03-23 08:57", CAND[0], CAND[1],
        """Monsieur Dufau,

Je me permets de vous adresser ma candidature spontanée pour un poste d'aide-acheteuse.
Vous trouverez mon CV en pièce jointe.

Esperanza Mwangi-Etxeberria"""),
)

# --- English ------------------------------------------------------------------------------

_greenfold_inv = """Hi Esperanza,

Thanks for applying for the Purchasing Assistant role at Greenfold Foods. I'd love to set up
a 45-minute video interview with you and Callum Reeves, our Purchasing Manager.

Please pick a time that suits you using the link below - the slots are shown in UK time.

https://app.greenhouse.example/scheduling/greenfold/esperanza-mwangi

If none of them work, just reply to this email and I'll find another slot.

Best,
Priya Shah
Talent Partner, Greenfold Foods"""

add(
    INV,
    key="greenfold_greenhouse_invite",
    lang="en",
    company="Greenfold Foods",
    contact="priya.shah@greenfoldfoods.example.co.uk",
    date="2026-04-28 10:12 +0100",
    frm=("Priya Shah via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Priya Shah", "priya.shah@greenfoldfoods.example.co.uk"),
    subject="Interview invitation: Purchasing Assistant at Greenfold Foods",
    text=_greenfold_inv,
    html=simple_html(_greenfold_inv, "en"),
    re="greenfold_greenhouse_ack",
)

_thameside_inv = """Dear Esperanza,

Thank you for your application for the Purchasing Assistant role. We'd like to invite you to a
panel interview at our central kitchen:

Thursday 11 June 2026, 11:00-12:00
Thameside Catering, 14 Tanner Street, London SE1 3LE

The panel will be Gareth Lloyd (Head of Purchasing), Amina Rahman (Executive Chef) and me.
There will be a short exercise on comparing two supplier quotes - no preparation needed.

I've attached a calendar invitation; please accept it so we know you're coming.

Kind regards,
Rosalind Okafor
People Partner, Thameside Catering"""

add(
    INV,
    key="thameside_panel_ics",
    lang="en",
    company="Thameside Catering",
    contact="rosalind.okafor@thamesidecatering.example.co.uk",
    date="2026-06-02 15:40 +0100",
    frm=("Rosalind Okafor", "rosalind.okafor@thamesidecatering.example.co.uk"),
    subject="Panel interview - Purchasing Assistant",
    text=_thameside_inv,
    html=simple_html(_thameside_inv, "en"),
    ics={"method": "REQUEST", "seq": 0, "uid": "thameside-pa-panel@thamesidecatering.example.co.uk",
         "summary": "Panel interview - Purchasing Assistant (Esperanza Mwangi-Etxeberria)",
         "start": "2026-06-11 11:00", "tz": "+0100", "minutes": 60,
         "location": "14 Tanner Street, London SE1 3LE",
         "organizer": ("Rosalind Okafor", "rosalind.okafor@thamesidecatering.example.co.uk")},
)

add(
    INV,
    key="larder_client_brindle",
    lang="en",
    company="Brindle & Oak Provisions",
    contact="tom.ashworth@larder-recruitment.example.co.uk",
    date="2026-07-08 11:05 +0100",
    frm=("Tom Ashworth", "tom.ashworth@larder-recruitment.example.co.uk"),
    subject="Interview confirmed - Brindle & Oak, Tues 14th",
    text="""Hi Esperanza,

Great news - Brindle & Oak Provisions would like to meet you for the Buyer's Assistant role.

When: Tuesday 14 July, 10:00
Where: Unit 3, Abbey Road Industrial Estate, Park Royal, London NW10 7UH
Who: Sinead Byrne, Senior Buyer, and someone from their finance team

They'll want to hear about how you handled supplier substitutions at the school. Dress is
smart casual; bring a photo ID for site security.

Give me a ring afterwards.

Tom Ashworth | Senior Consultant, Food & FMCG
Larder Recruitment | 020 0000 8830
""",
)

add(
    INV,
    key="marlow_casual_chat",
    lang="en",
    company="Marlow Street Kitchens",
    contact="dev@marlowstreet.example.co.uk",
    date="2026-09-14 18:20 +0100",
    frm=("Dev Chaudhry", "dev@marlowstreet.example.co.uk"),
    subject="Thursday",
    text="""Hi Esperanza, are you free Thursday around 3 to chat about the stock and
ordering job? Just a video call, nothing formal. Dev
""",
)

# --- German -------------------------------------------------------------------------------

_neckartal_inv = """Sehr geehrte Frau Mwangi-Etxeberria,

vielen Dank für Ihre Bewerbung als Einkaufsassistenz (m/w/d). Wir möchten Sie gerne
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 16. Juni 2026, 10:00 Uhr
Neckartal Frischdienst, Ulmer Straße 301, 70327 Stuttgart (Empfang, Gebäude B)

Gesprächspartner sind Herr Jochen Widmann (Leitung Einkauf) und ich. Bitte bestätigen Sie den
Termin über die beigefügte Einladung oder per E-Mail.

Mit freundlichen Grüßen
Katrin Hägele
Personalreferentin"""

add(
    INV,
    key="neckartal_einladung",
    lang="de",
    company="Neckartal Frischdienst",
    contact="katrin.haegele@neckartal-frischdienst.example.de",
    date="2026-06-08 09:50 +0200",
    frm=("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Einladung zum Vorstellungsgespräch",
    subj_enc=("iso-8859-1", "Q"),
    text=_neckartal_inv,
    html=outlook_html(_neckartal_inv, "de"),
    ics={"method": "REQUEST", "seq": 0, "uid": "ntf-ea-20260616@neckartal-frischdienst.example.de",
         "summary": "Vorstellungsgespräch Einkaufsassistenz – Mwangi-Etxeberria",
         "start": "2026-06-16 10:00", "tz": "+0200", "minutes": 60,
         "location": "Ulmer Straße 301, 70327 Stuttgart, Gebäude B",
         "organizer": ("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    ics_mode="alt",
)

add(
    INV,
    key="personalwerk_client_schwabenkueche",
    lang="de",
    company="Schwabenküche Catering",
    contact="florian.maier@personalwerk-sued.example.de",
    date="2026-07-06 16:00 +0200",
    frm=("Florian Maier", "florian.maier@personalwerk-sued.example.de"),
    subject="Telefoninterview Schwabenküche Catering am Donnerstag",
    text="""Hallo Frau Mwangi-Etxeberria,

wie besprochen habe ich Sie bei unserem Kunden Schwabenküche Catering für die Stelle
Mitarbeiterin Wareneingang/Einkauf vorgestellt. Der Küchenchef, Herr Weible, möchte Sie gerne
telefonisch kennenlernen:

Donnerstag, 9. Juli, 10:00 Uhr – er ruft Sie auf Ihrer spanischen Handynummer an.

Das Gespräch wird etwa 20 Minuten dauern, gerne auf Deutsch mit etwas Englisch. Viel Erfolg!

Viele Grüße
Florian Maier
Personaldisponent · Personalwerk Süd · 0711 0000 5170
""",
)

add(
    INV,
    key="filderkraut_probearbeitstag",
    lang="de",
    company="Filderkraut Feinkost",
    contact="s.rieger@filderkraut.example.de",
    date="2026-09-07 08:40 +0200",
    frm=("Sabine Rieger", "s.rieger@filderkraut.example.de"),
    subject="AW: Bewerbung als Einkaufsassistentin",
    re="own_bewerbung_filderkraut",
    text=reply(
        """Guten Morgen Frau Mwangi-Etxeberria,

danke für Ihre Unterlagen, die uns gut gefallen haben. Bevor wir uns entscheiden, laden wir
Sie gern zu einem Probearbeitstag ein: am Donnerstag, 17. September, von 8 bis 15 Uhr in
unserer Produktion in Leinfelden-Echterdingen (Max-Lang-Straße 40). Sie begleiten unseren
Schichtleiter beim Wareneingang und bei der Bestellung von Kraut, Gewürzen und Gläsern.

Arbeitskleidung stellen wir. Die Termineinladung hängt an.

Freundliche Grüße
Sabine Rieger
Personal & Verwaltung · Filderkraut Feinkost GmbH""",
        "de", "2026-08-31 21:04", CAND[0], CAND[1],
        """Sehr geehrte Frau Rieger,

anbei sende ich Ihnen meine Bewerbung als Einkaufsassistentin. Ich arbeite seit neun Jahren
als Köchin in einer Schulkantine in Bilbao und bin für Bestellungen und Lagerhaltung
zuständig.

Mit freundlichen Grüßen
Esperanza Mwangi-Etxeberria"""),
    ics={"method": "REQUEST", "seq": 0, "uid": "filderkraut-probetag-0917@filderkraut.example.de",
         "summary": "Probearbeitstag Einkauf – Frau Mwangi-Etxeberria",
         "start": "2026-09-17 08:00", "tz": "+0200", "minutes": 420,
         "location": "Max-Lang-Straße 40, Leinfelden-Echterdingen",
         "organizer": ("Sabine Rieger", "s.rieger@filderkraut.example.de")},
)

# ==========================================================================================
# Reschedules and cancellations
# ==========================================================================================

add(
    RES,
    key="ibaizabal_moved",
    lang="es",
    company="Distribuciones Ibaizabal",
    contact="leire.bengoetxea@ibaizabal.example.es",
    date="2026-02-18 16:30 +0100",
    frm=("Leire Bengoetxea", "leire.bengoetxea@ibaizabal.example.es"),
    subject="RE: Entrevista - Asistente de Compras (Zamudio)",
    re="ibaizabal_first_interview",
    text=reply(
        """Hola de nuevo, Esperanza:

Te pido disculpas: a Iñaki le han convocado el viernes a una reunión con un proveedor en
el mercado central y no llega. ¿Podemos pasar la entrevista al martes 24 a las 12:30, mismo sitio?
Si te va mal, dime y buscamos otra opción.

Gracias por la flexibilidad,
Leire""",
        "es", "2026-02-16 11:02", CAND[0], CAND[1],
        """Hola Leire, el viernes 20 a las 10:00 me va perfecto. Allí estaré.
Un saludo, Esperanza"""),
)

_santalucia_upd = """Estimada Esperanza:

Le informamos de que la entrevista con el tribunal para la plaza HSL-26-014 cambia de fecha,
porque uno de sus miembros tiene ese día una auditoría de seguridad alimentaria.

Nueva fecha: martes, 7 de abril de 2026, a las 9:30 (antes: jueves 26 de marzo, 10:00).
El lugar no cambia: Sala de juntas 2, Edificio de Servicios Generales.

La invitación de su calendario se actualizará automáticamente.

Atentamente,
Nerea Landaluze Ibarrola
Técnica de Selección · Hospital Santa Lucía"""

add(
    RES,
    key="santalucia_seq_bump",
    lang="es",
    company="Hospital Santa Lucía",
    contact="nerea.landaluze@hsantalucia.example.es",
    date="2026-03-20 11:00 +0100",
    frm=("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
    subject="Actualizada: Entrevista tribunal – Auxiliar de Compras (HSL-26-014)",
    subj_enc=("utf-8", "Q"),
    text=_santalucia_upd,
    html=outlook_html(_santalucia_upd, "es"),
    ics={"method": "REQUEST", "seq": 1, "uid": "hsl-26-014-tribunal@hsantalucia.example.es",
         "summary": "Entrevista tribunal – Auxiliar de Compras (HSL-26-014)",
         "start": "2026-04-07 09:30", "tz": "+0200", "minutes": 45,
         "location": "Sala de juntas 2, Edificio de Servicios Generales",
         "organizer": ("Nerea Landaluze", "nerea.landaluze@hsantalucia.example.es"),
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    ics_mode="alt",
    re="santalucia_panel_ics",
)

add(
    RES,
    key="mesaluz_confirm_new_slot",
    lang="es",
    company="Grupo Mesaluz",
    contact="lucia.carrasco@mesaluz.example.es",
    date="2026-05-19 09:02 +0200",
    frm=("Lucía Carrasco Peña", "lucia.carrasco@mesaluz.example.es"),
    frm_enc=("utf-8", "B"),
    subject="RE: Videoentrevista Asistente de Compras - Grupo Mesaluz",
    re="own_reschedule_mesaluz",
    text=reply(
        """Hola Esperanza:

Sin problema. Andrés puede el martes 26 de mayo a la misma hora, a las 12:00. Te he
actualizado la convocatoria de Teams; el enlace sigue siendo el mismo.

Un saludo,
Lucía""",
        "es", "2026-05-18 21:33", CAND[0], CAND[1],
        """Hola Lucía:

Muchas gracias por la convocatoria. El jueves 21 a mediodía tengo el servicio de comedor
y no puedo ausentarme. ¿Sería posible hacer la entrevista otro día a partir del lunes 25,
a la misma hora?

Un saludo,
Esperanza"""),
)

add(
    RES,
    key="urola_interviewer_ill",
    lang="es",
    company="Cocinas Colectivas Urola",
    contact="mikel.larranaga@urolacolectividades.example.es",
    date="2026-02-27 08:15 +0100",
    frm=("Mikel Larrañaga", "mikel.larranaga@urolacolectividades.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="RE: Entrevista - Auxiliar de compras",
    re="urola_invite",
    text="""Buenos días Esperanza:

Nuestro responsable de compras está de baja con gripe desde ayer y no va a poder estar el
lunes. Pasamos la entrevista al lunes 9 de marzo, también a las 11:00 y en Zumarraga. Perdona
el cambio.

Mikel
""",
)

_fc_cancel = """Hola, Esperanza:

Tenemos que cancelar la jornada de evaluación del jueves 25. No es una decisión sobre tu
candidatura: en cuanto tengamos nueva fecha te enviaremos otra convocatoria.

Rubén"""

add(
    RES,
    key="frescoscastellana_cancel_ics",
    lang="es",
    company="Frescos Castellana",
    contact="ruben.montero@frescoscastellana.example.es",
    date="2026-06-22 16:05 +0200",
    frm=("Rubén Montero", "ruben.montero@frescoscastellana.example.es"),
    subject="Cancelada: Centro de evaluación - Asistente de compras",
    text=_fc_cancel,
    html=outlook_html(_fc_cancel, "es"),
    ics={"method": "CANCEL", "seq": 1, "uid": "fc-assess-0625@frescoscastellana.example.es",
         "summary": "Centro de evaluación - Asistente de compras",
         "start": "2026-06-25 09:00", "tz": "+0200", "minutes": 300,
         "location": "Polígono de Vallecas, Nave C-14, 1.ª planta, Madrid",
         "organizer": ("Rubén Montero", "ruben.montero@frescoscastellana.example.es")},
    re="frescoscastellana_assessment",
)

add(
    RES,
    key="kalea_arratia_moved",
    lang="es",
    company="Conservas Arratia",
    contact="ane.zubizarreta@kaleatalent.example.es",
    date="2026-03-13 10:00 +0100",
    frm=("Ane Zubizarreta", "ane.zubizarreta@kaleatalent.example.es"),
    subject="Re: Entrevista con Conservas Arratia - martes 17",
    re="kalea_client_arratia",
    text="""Esperanza, cambio de planes: Begoña tiene una inspección sanitaria el martes y me pide
mover la entrevista al jueves 19 de marzo a las 12:00. Mismo sitio en Igorre. ¿Te cuadra?
Sé que es festivo en algunos sitios, pero en Bizkaia es día laborable.

Ane
""",
)

add(
    RES,
    key="iruna_cancel_meeting",
    lang="es",
    company="Clínica Universitaria Iruña",
    contact="iecharri@clinicairuna.example.es",
    date="2026-03-16 07:50 +0100",
    frm=("Ignacio Echarri", "iecharri@clinicairuna.example.es"),
    subject="Anulación entrevista de hoy 10:00",
    text="""Buenos días, Esperanza:

Siento avisarte con tan poco margen: tengo que anular la entrevista de esta mañana a las
10:00. Tenemos una incidencia con el proveedor de las dietas y debo estar en la cocina toda la
mañana. No es nada relacionado con tu candidatura; esta semana te propondré otro día.

Disculpa las molestias.

Ignacio Echarri
Responsable de Compras de Hostelería
Clínica Universitaria Iruña · Pamplona
""",
)

add(
    RES,
    key="gorbea_workable_rescheduled",
    lang="es",
    company="Colectividades Gorbea",
    contact="",
    date="2026-04-08 10:00 +0000",
    frm=("Colectividades Gorbea", "noreply@candidates.workablemail.com"),
    subject="Tu videoentrevista ha sido reprogramada",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Esperanza,

Irene Castaño ha cambiado la hora de tu videoentrevista para Técnico/a de compras –
Restauración colectiva.

Antes: jueves, 9 de abril de 2026, 10:00 (CEST)
Ahora: martes, 14 de abril de 2026, 11:00 (CEST)

El enlace de la videollamada es el mismo:
https://apply.workable.com/gorbea-colectividades/video/8F3KQ

Colectividades Gorbea (a través de Workable)
""",
)

_garonne_move = """Bonjour Esperanza,

Un petit changement : pour des raisons de planning de la cuisine centrale, la journée
d'évaluation est décalée au vendredi 3 juillet, mêmes horaires (9h00–16h00) et même lieu.
L'invitation de votre agenda est mise à jour.

Merci de votre compréhension,
Sandrine Lafargue"""

add(
    RES,
    key="rcgaronne_moved_ics",
    lang="fr",
    company="Restauration Collective Garonne",
    contact="sandrine.lafargue@rcgaronne.example.fr",
    date="2026-06-26 10:20 +0200",
    frm=("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr"),
    subject="Mise à jour : journée d'évaluation (vendredi 3 juillet)",
    subj_enc=("utf-8", "B"),
    text=_garonne_move,
    ics={"method": "REQUEST", "seq": 1, "uid": "rcg-eval-20260702@rcgaronne.example.fr",
         "summary": "Journée d'évaluation – assistante achats denrées",
         "start": "2026-07-03 09:00", "tz": "+0200", "minutes": 420,
         "location": "Cuisine centrale, 5 avenue de la Somme, 33700 Mérignac",
         "organizer": ("Sandrine Lafargue", "sandrine.lafargue@rcgaronne.example.fr")},
    re="rcgaronne_assessment",
)

_errobi_cancel = """Bonjour Esperanza,

Nous sommes contraints d'annuler l'entretien de mercredi 22 avril à 14h00 : l'administrateur
qui devait siéger au jury n'est pas disponible. Votre candidature reste bien entendu à
l'étude et nous revenons vers vous très vite avec un nouveau créneau.

Maialen Harriet"""

add(
    RES,
    key="champs_errobi_cancel",
    lang="fr",
    company="Les Champs d'Errobi",
    contact="maialen.harriet@champs-errobi.example.fr",
    date="2026-04-20 17:45 +0200",
    frm=("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
    subject="Annulé : Entretien jury – assistant(e) approvisionnement",
    text=_errobi_cancel,
    html=outlook_html(_errobi_cancel, "fr"),
    ics={"method": "CANCEL", "seq": 1, "uid": "errobi-jury-20260422@champs-errobi.example.fr",
         "summary": "Annulé : Entretien jury – assistant(e) approvisionnement",
         "start": "2026-04-22 14:00", "tz": "+0200", "minutes": 60,
         "location": "Microsoft Teams",
         "organizer": ("Maialen Harriet", "maialen.harriet@champs-errobi.example.fr"),
         "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    ics_mode="alt",
    re="champs_errobi_panel",
)

add(
    RES,
    key="interim_atlantique_decale",
    lang="fr",
    company="Biscuiterie Labourd",
    contact="julien.darrigade@interim-atlantique.example.fr",
    date="2026-09-08 17:30 +0200",
    frm=("Julien Darrigade", "julien.darrigade@interim-atlantique.example.fr"),
    subject="Re: Entretien Biscuiterie Labourd",
    re="interim_atlantique_absente_labourd",
    text=reply(
        """Esperanza,

Bonne nouvelle : j'ai rappelé la Biscuiterie Labourd et ils acceptent de déplacer votre
entretien au jeudi 10 septembre à 16h00, même adresse, toujours avec M. Oçafrain. Soyez
à l'heure cette fois, ils ont fait un effort !

Julien""",
        "fr", "2026-09-08 15:22", CAND[0], CAND[1],
        """Julien, je suis désolée, mon bus depuis Hendaye a été supprimé et je n'avais plus de
batterie pour prévenir. Est-ce qu'il y a une possibilité de revoir le client ?
Esperanza"""),
)

add(
    RES,
    key="greenfold_cancel_ics",
    lang="en",
    company="Greenfold Foods",
    contact="priya.shah@greenfoldfoods.example.co.uk",
    date="2026-04-30 09:10 +0100",
    frm=("Priya Shah", "priya.shah@greenfoldfoods.example.co.uk"),
    subject="Cancelled: Interview - Purchasing Assistant (Mon 4 May)",
    re="own_reschedule_greenfold",
    text="""Hi Esperanza,

Thanks for letting me know about your shift. As it happens, Callum has just been called away
to a supplier audit in Lincolnshire next week, so I'm cancelling Monday's slot altogether
rather than moving it. You'll get a cancellation from the calendar.

I'll send you new times for the week of 11 May as soon as he's back. Nothing has changed on
our side - we're still keen to talk to you.

Best,
Priya
""",
    ics={"method": "CANCEL", "seq": 1, "uid": "gh-interview-91827364@greenhouse-mail.io",
         "summary": "Interview: Esperanza Mwangi-Etxeberria - Purchasing Assistant",
         "start": "2026-05-04 14:00", "tz": "+0100", "minutes": 45,
         "location": "Google Meet",
         "organizer": ("Priya Shah", "priya.shah@greenfoldfoods.example.co.uk"),
         "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
)

_thameside_move = """Dear Esperanza,

I'm afraid we need to move your panel interview. Amina has been asked to cover a large event
on the 11th, so the new time is Tuesday 16 June, 14:00-15:00, same address.

The calendar invitation has been updated; do let me know if the new time is a problem.

Kind regards,
Rosalind"""

add(
    RES,
    key="thameside_moved",
    lang="en",
    company="Thameside Catering",
    contact="rosalind.okafor@thamesidecatering.example.co.uk",
    date="2026-06-05 12:30 +0100",
    frm=("Rosalind Okafor", "rosalind.okafor@thamesidecatering.example.co.uk"),
    subject="Updated invitation: Panel interview - Purchasing Assistant",
    text=_thameside_move,
    html=simple_html(_thameside_move, "en"),
    ics={"method": "REQUEST", "seq": 1, "uid": "thameside-pa-panel@thamesidecatering.example.co.uk",
         "summary": "Panel interview - Purchasing Assistant (Esperanza Mwangi-Etxeberria)",
         "start": "2026-06-16 14:00", "tz": "+0100", "minutes": 60,
         "location": "14 Tanner Street, London SE1 3LE",
         "organizer": ("Rosalind Okafor", "rosalind.okafor@thamesidecatering.example.co.uk")},
    re="thameside_panel_ics",
)

add(
    RES,
    key="neckartal_verschoben",
    lang="de",
    company="Neckartal Frischdienst",
    contact="katrin.haegele@neckartal-frischdienst.example.de",
    date="2026-06-10 14:20 +0200",
    frm=("Katrin Hägele", "katrin.haegele@neckartal-frischdienst.example.de"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Terminverschiebung Vorstellungsgespräch",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Mwangi-Etxeberria,

leider muss Herr Widmann am 16. Juni kurzfristig zu einem Lieferantentermin nach Ulm. Wir
möchten das Gespräch deshalb auf Freitag, 19. Juni 2026, 10:00 Uhr verschieben. Ort und
Gesprächspartner bleiben gleich.

Bitte geben Sie mir kurz Bescheid, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
Katrin Hägele
Personalreferentin, Neckartal Frischdienst
""",
    re="neckartal_einladung",
)

add(
    RES,
    key="filderkraut_krank",
    lang="de",
    company="Filderkraut Feinkost",
    contact="s.rieger@filderkraut.example.de",
    date="2026-09-15 07:35 +0200",
    frm=("Sabine Rieger", "s.rieger@filderkraut.example.de"),
    subject="Probearbeitstag am Donnerstag - neuer Termin",
    text="""Guten Morgen Frau Mwangi-Etxeberria,

unser Schichtleiter, Herr Kuhn, ist leider krankgeschrieben. Ohne ihn ergibt der
Probearbeitstag wenig Sinn, deshalb verlegen wir ihn auf Donnerstag, den 24. September,
gleiche Uhrzeit (8 bis 15 Uhr). Ich hoffe, Sie können Ihre Reise noch umbuchen – die Kosten
für die Umbuchung übernehmen wir selbstverständlich.

Freundliche Grüße
Sabine Rieger
""",
    re="filderkraut_probearbeitstag",
)

# ==========================================================================================
# Missed interviews
# ==========================================================================================

add(
    MISS,
    key="erribera_not_reachable",
    lang="es",
    company="Cooperativa Erribera",
    contact="javier.goni@erribera.example.es",
    date="2026-01-27 10:25 +0100",
    frm=("Javier Goñi Arbizu", "javier.goni@erribera.example.es"),
    subject="Re: Llamada por lo del puesto de compras",
    re="erribera_phone_call",
    text="""Esperanza, te he llamado dos veces a las 10:00 y a las 10:10 como quedamos y no lo
coges. Te he dejado un mensaje en el buzón. Llámame tú cuando puedas al 948 00 12 77, estoy en
el almacén hasta las 14:00.

Javier
""",
)

add(
    MISS,
    key="ttnorte_client_waited",
    lang="es",
    company="Grupo Alimentario Ugao",
    contact="marta.gil@ttnorte.example.es",
    date="2026-01-16 10:20 +0100",
    frm=("Marta Gil | TTN", "marta.gil@ttnorte.example.es"),
    subject="RE: Entrevista cliente: Grupo Alimentario Ugao - viernes 16/01 9:30",
    re="ttnorte_client_ugao",
    text="""Esperanza, ¿va todo bien? Me acaba de llamar Jon Larrinaga, de Grupo Alimentario Ugao:
te han estado esperando en recepción desde las 9:30 y no has llegado. Te he llamado al móvil
y está apagado.

Cuando puedas, escríbeme o llámame para que le pueda dar una explicación al cliente.

Marta Gil Sanz · TTN · 944 00 71 30
""",
)

add(
    MISS,
    key="txingudi_waited_teams",
    lang="es",
    company="Txingudi Catering",
    contact="garbine.irazusta@txingudicatering.example.es",
    date="2026-03-05 16:40 +0100",
    frm=("Garbiñe Irazusta", "garbine.irazusta@txingudicatering.example.es"),
    subject="Re: ¿charlamos el jueves?",
    subj_enc=("utf-8", "Q"),
    re="txingudi_casual_thursday",
    text="""Hola Esperanza, te hemos estado esperando en Teams Patxi y yo desde las 16:00 hasta
las 16:25, pero no te has conectado. ¿Te llegó bien el enlace? Igual se fue a spam.

Si quieres lo intentamos el martes a la misma hora; dime algo.

Garbiñe
""",
)

add(
    MISS,
    key="gorbea_no_show",
    lang="es",
    company="Colectividades Gorbea",
    contact="irene.castano@gorbeacolectividades.example.es",
    date="2026-04-14 11:35 +0200",
    frm=("Irene Castaño", "irene.castano@gorbeacolectividades.example.es"),
    subject="Videoentrevista de hoy a las 11:00",
    text="""Hola Esperanza:

Te escribo porque hoy a las 11:00 teníamos la videoentrevista para el puesto de técnico/a de
compras y no te has conectado. He esperado en la sala virtual unos veinte minutos.

Si ha habido algún problema técnico, cuéntamelo y vemos qué hacemos.

Un saludo,
Irene Castaño Ruiz
Selección · Colectividades Gorbea
Portal de Foronda 31, 01010 Vitoria-Gasteiz
""",
)

add(
    MISS,
    key="manzanares_no_presentada",
    lang="es",
    company="Hospital Universitario del Manzanares",
    contact="portega@hmanzanares.example.es",
    date="2026-10-02 13:00 +0200",
    frm=("Pilar Ortega Sanz", "portega@hmanzanares.example.es"),
    subject="Expediente 2026/SEL/38 - incomparecencia a la prueba práctica",
    charset="iso-8859-1",
    cte="quoted-printable",
    text="""Estimada Sra. Mwangi-Etxeberria:

Le comunicamos que no consta su asistencia a la prueba práctica y entrevista del expediente
2026/SEL/38, celebrada ayer, 1 de octubre, a las 9:00 horas en el Aula 3 del Pabellón
Docente, a la que había sido debidamente citada.

Si su ausencia se debió a una causa de fuerza mayor, dispone de tres días hábiles para
justificarla documentalmente respondiendo a este correo.

Atentamente,

Pilar Ortega Sanz
Unidad de Selección - Hospital Universitario del Manzanares
""",
    re="manzanares_prueba_practica",
)

add(
    MISS,
    key="cafesulia_phone_missed",
    lang="es",
    company="Cafés Ulía",
    contact="nagore@cafesulia.example.es",
    date="2026-05-14 12:20 +0200",
    frm=("Nagore Aldabaldetreku", "nagore@cafesulia.example.es"),
    subject="Te he llamado a las 12",
    text="""Kaixo Esperanza,

Te he llamado a las 12:00 como quedamos, dos veces, y me salta el buzón de voz. ¿Te pillo en
mal momento? Dime si te va mejor mañana por la mañana o el lunes.

Nagore
Cafés Ulía · Compras y calidad
""",
)

add(
    MISS,
    key="vergers_adour_absente",
    lang="fr",
    company="Vergers de l'Adour",
    contact="claire.etcheverry@vergers-adour.example.fr",
    date="2026-05-12 10:40 +0200",
    frm=("Claire Etcheverry", "claire.etcheverry@vergers-adour.example.fr"),
    subject="Entretien téléphonique manqué",
    re="vergers_adour_phone",
    text="""Bonjour Madame Mwangi-Etxeberria,

Nous avons essayé de vous joindre à deux reprises ce matin à 10h00, puis à 10h15, pour
l'entretien téléphonique prévu, sans réponse. Nous vous avons laissé un message vocal.

Pourriez-vous nous indiquer ce qui s'est passé ?

Cordialement,
Claire Etcheverry
Responsable RH – Vergers de l'Adour
""",
)

add(
    MISS,
    key="interim_atlantique_absente_labourd",
    lang="fr",
    company="Biscuiterie Labourd",
    contact="julien.darrigade@interim-atlantique.example.fr",
    date="2026-09-08 14:50 +0200",
    frm=("Julien Darrigade", "julien.darrigade@interim-atlantique.example.fr"),
    subject="Entretien Biscuiterie Labourd",
    re="interim_atlantique_labourd",
    text="""Esperanza,

M. Oçafrain de la Biscuiterie Labourd vient de m'appeler : il vous a attendue à l'accueil
de 14h00 à 14h30 et vous n'êtes pas venue. Je n'arrive pas à vous joindre sur votre portable.

Rappelez-moi dès que possible, s'il vous plaît, que je sache quoi lui dire.

Julien Darrigade – Intérim Atlantique – 05 59 00 63 80
""",
)

add(
    MISS,
    key="pantryline_missed_call",
    lang="en",
    company="Pantryline",
    contact="hannah@pantryline.example.co.uk",
    date="2026-08-12 11:20 +0100",
    frm=("Hannah Reid", "hannah@pantryline.example.co.uk"),
    subject="We missed you this morning",
    text="""Hi Esperanza,

We missed you on the Google Meet at 10:30 this morning - Olly and I waited about fifteen
minutes. I also tried the number on your CV but it went to voicemail.

No worries if something came up. Let me know and I'll see whether we can find another slot
before we close the shortlist on Friday.

Hannah Reid
Operations Lead, Pantryline
""",
)

add(
    MISS,
    key="personalwerk_verpasst",
    lang="de",
    company="Schwabenküche Catering",
    contact="florian.maier@personalwerk-sued.example.de",
    date="2026-07-09 10:30 +0200",
    frm=("Florian Maier", "florian.maier@personalwerk-sued.example.de"),
    subject="AW: Telefoninterview Schwabenküche Catering am Donnerstag",
    charset="windows-1252",
    cte="quoted-printable",
    re="personalwerk_client_schwabenkueche",
    text="""Hallo Frau Mwangi-Etxeberria,

Herr Weible von der Schwabenküche hat mir eben gesagt, dass er Sie heute um 10 Uhr zweimal
angerufen hat, Sie aber nicht erreichbar waren – es lief jeweils nur die Mailbox.

Können Sie mir kurz schreiben, was los war? Dann versuche ich, einen neuen Termin zu
organisieren.

Viele Grüße
Florian Maier
Personalwerk Süd
""",
)
