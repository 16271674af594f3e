"""other (English, French, Spanish): own mail, auto-replies, digests and everyday traps."""

from __future__ import annotations

from msgs323_common import M, own, shell

MAJA = ("Maja Kovačič", "maja.kovacic@dravabuild.example.si")
CLAIRE = ("Claire Oberlé", "claire.oberle@menuiseries-rhenanes.example.fr")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@almacenes-albufera.example.es")

MESSAGES = [
    # ------------------------------------------------------------------ English
    own(s="own_drava_question", l="en", to=[MAJA],
        sub="Re: Offer of employment – Key Account Estimator", d="2026-03-27 20:15 +0100",
        re="drava_offer", q="std",
        b="""\
Dear Maja,

Thank you very much for the offer – I was really pleased to receive it. Before I decide, I have
two questions: is there any flexibility on the monthly salary, given that I would be commuting
from Graz at first? And would a company car be available for visits to customers in Austria?

Best regards,
Konstantin Wiesinger
"""),
    own(s="own_drava_decline", l="en", to=[MAJA],
        sub="Re: Offer of employment – Key Account Estimator", d="2026-04-09 17:50 +0200",
        re="drava_final", q="std", cte="quoted-printable",
        b="""\
Dear Maja,

Thank you for your patience and for the improved offer. After a lot of thought I have decided
to accept a position in Austria, closer to my family, so I must decline your offer.

Please pass on my thanks to Bojan and Petra. I enjoyed meeting the team and hope our paths
cross again – perhaps as customer and supplier.

Kind regards,
Konstantin Wiesinger
"""),
    own(s="own_kitchenform_apology", l="en",
        to=[("Oliver Grant", "oliver.grant@kitchenform.example.de")],
        sub="Re: Missed you on Zoom today", d="2026-06-04 21:03 +0200",
        re="kitchenform_missed", q="std",
        b="""\
Hi Oliver,

I'm so sorry about today. I started my new job this week and got stuck on a building site in
Villach without mobile reception. I should have told you in advance that my situation had
changed. If you'd still like to talk, I'm happy to; if not, I completely understand.

Best regards,
Konstantin
"""),
    M(s="jobradar_digest", k="other", l="en",
      fr=("JobRadar Europe", "digest@jobradar-europe.example.com"),
      sub="Your weekly digest: 12 new jobs + how to handle rejection after an interview",
      d="2026-03-07 07:00 +0100",
      hdr={"List-Id": "JobRadar weekly digest <weekly.jobradar-europe.example.com>",
           "List-Unsubscribe": "<https://jobradar-europe.example.com/u/kw8812>",
           "Precedence": "bulk"},
      b="""\
JobRadar weekly – 12 new jobs for "technical sales building products"

- Technical Sales Engineer, Pohorje Timber Systems – Maribor
- Inside Sales Estimator (DACH), Nordkamm Windows – Munich
- Key Account Manager Facades – Valencia

Career corner:
* Unfortunately, rejection is part of the game: 5 ways to bounce back
* Interview invitation received? Prepare with our 20-question checklist
* Offer negotiation: what to ask before you sign

Unsubscribe: https://jobradar-europe.example.com/u/kw8812
""",
      h=shell("""\
<h3>12 new jobs for &ldquo;technical sales building products&rdquo;</h3>
<ul><li>Technical Sales Engineer, Pohorje Timber Systems &ndash; Maribor</li>
<li>Inside Sales Estimator (DACH), Nordkamm Windows &ndash; Munich</li>
<li>Key Account Manager Facades &ndash; Valencia</li></ul>
<h3>Career corner</h3>
<ul><li>Unfortunately, rejection is part of the game: 5 ways to bounce back</li>
<li>Interview invitation received? Prepare with our 20-question checklist</li>
<li>Offer negotiation: what to ask before you sign</li></ul>""",
              brand="JobRadar", color="#1a237e",
              foot="<a href=\"https://jobradar-europe.example.com/u/kw8812\">Unsubscribe</a>")),
    M(s="friend_luka_fwd", k="other", l="en",
      fr=("Luka Kranjc", "luka.kranjc@example.si"),
      sub="Fwd: Your application – Technical Sales Representative", d="2026-03-14 10:12 +0100",
      b="""\
Hey Konstantin,

Did you apply at Podravje Panels too? I just got this – see the forwarded mail. Same
"not shortlisted" text as always. Let me know if you got one as well, then at least we can be
annoyed together over a beer in Maribor.

Luka
""",
      fwd=M(s="fwd_podravje_luka", k="other", l="en",
            fr=("Tina Vidmar", "tina.vidmar@podravje-panels.example.si"),
            to=[("Luka Kranjc", "luka.kranjc@example.si")],
            sub="Your application – Technical Sales Representative",
            d="2026-03-13 13:31 +0100",
            b="""\
Dear Luka,

Thank you for applying to Podravje Panels. I'm sorry to let you know that you have not been
shortlisted for interview on this occasion.

Best regards,
Tina Vidmar
HR Manager | Podravje Panels d.o.o.
""")),
    M(s="parcel_en", k="other", l="en",
      fr=("ToolDepot Orders", "orders@tooldepot.example.com"),
      sub="Unfortunately your order #TD-558102 is delayed", d="2026-08-11 12:30 +0200",
      b="""\
Hi Konstantin,

Unfortunately, your order #TD-558102 (Festool-compatible guide rail 1400 mm, 2x clamps) has been
delayed due to a supplier backlog. The new estimated delivery date is 21 August 2026.

We're sorry for the inconvenience. If you'd prefer to cancel, reply "CANCEL" to this email.

ToolDepot Customer Care
"""),
    # ------------------------------------------------------------------ French
    own(s="own_kleber_application", l="fr",
        to=[("Cuisines Kléber - Recrutement", "recrutement@cuisines-kleber.example.fr")],
        sub="Candidature - Concepteur-vendeur cuisines", d="2026-02-16 22:04 +0100",
        cs="iso-8859-1", cte="quoted-printable",
        b="""\
Madame, Monsieur,

Maître menuisier (Tischlermeister) depuis 2018, je souhaite évoluer vers la vente technique et
la conception de cuisines. Votre annonce pour le showroom de la place Kléber a retenu toute mon
attention.

Vous trouverez ci-joint mon CV. Je parle français couramment (mère alsacienne) et je serais
ravi de vous rencontrer.

Cordialement,
Konstantin Wiesinger
+43 660 123 45 67
""",
        att=[("CV_Konstantin_Wiesinger_FR.pdf", [
            "Konstantin Wiesinger - Maitre menuisier",
            "Elisabethstrasse 27, 8010 Graz, Autriche",
            "2019 - auj.  Chef d'atelier, menuiserie Kohlbacher, Graz",
            "2018         Brevet de maitrise (Tischlermeister)",
            "Langues : allemand, francais, anglais, espagnol (B1)",
        ])]),
    own(s="own_oba_thanks", l="fr", to=[("Julien Meyer", "julien.meyer@oba.example.fr")],
        sub="Merci pour l'entretien", d="2026-04-08 08:20 +0200",
        b="""\
Bonjour Julien,

Merci encore pour l'entretien d'hier et pour la visite de l'atelier de préfabrication. J'ai
été impressionné par votre ligne de murs à ossature.

Je reste bien sûr disponible si vous avez besoin d'informations complémentaires.

Bien cordialement,
Konstantin Wiesinger
"""),
    own(s="own_rhenanes_decline", l="fr", to=[CLAIRE],
        sub="RE: Proposition d'embauche - Technico-commercial menuiserie",
        d="2026-04-07 09:10 +0200", re="rhenanes_offer", q="outlook",
        cs="iso-8859-1", cte="quoted-printable",
        b="""\
Madame Oberlé,

Je vous remercie sincèrement pour votre proposition et pour la confiance que vous m'accordez.
Après mûre réflexion, j'ai décidé d'accepter un poste en Autriche, plus proche de ma famille.
Je dois donc décliner votre offre, à mon grand regret.

Je vous prie de transmettre mes remerciements à M. Haegel.

Bien cordialement,
Konstantin Wiesinger
"""),
    M(s="ooo_oberle", k="other", l="fr", fr=CLAIRE,
      sub="Réponse automatique : RE: Proposition d'embauche - Technico-commercial menuiserie",
      d="2026-04-07 09:11 +0200", re="own_rhenanes_decline",
      hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      b="""\
Bonjour,

Je suis absente du bureau jusqu'au 14 avril inclus, avec un accès limité à ma messagerie.
Pour toute urgence, merci de contacter le standard au 03 88 00 65 00.

Cordialement,
Claire Oberlé
"""),
    M(s="newsletter_fr", k="other", l="fr",
      fr=("Emploi Grand Est Hebdo", "lettre@emploi-grandest.example.fr"),
      sub="Lettre hebdo : 8 offres bois & menuiserie, réussir son entretien, rebondir après un refus",
      d="2026-02-20 07:15 +0100",
      hdr={"List-Id": "Emploi Grand Est Hebdo <hebdo.emploi-grandest.example.fr>",
           "List-Unsubscribe": "<mailto:desinscription@emploi-grandest.example.fr>",
           "Precedence": "bulk"},
      h=shell("""\
<h2>Votre lettre hebdo</h2>
<p><b>8 nouvelles offres</b> bois &amp; menuiserie dans le Bas-Rhin, dont
Technico-commercial menuiserie (Strasbourg) et Chargé d'études ossature bois (Erstein).</p>
<p><b>Conseil de la semaine :</b> réussir son entretien d'embauche en 5 étapes.</p>
<p><b>Témoignage :</b> « Malheureusement, ma candidature n'a pas été retenue&hellip; » &ndash;
comment Marc a rebondi après dix refus.</p>""",
              brand="Emploi Grand Est", color="#00558c",
              foot="Se désinscrire : desinscription@emploi-grandest.example.fr")),
    M(s="course_refused_fr", k="other", l="fr",
      fr=("Centre de formation Bois Rhin", "inscriptions@cfbr.example.fr"),
      sub="Votre inscription à la formation « Chiffrage menuiserie sur logiciel »",
      d="2026-03-04 14:40 +0100", cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

Nous avons bien reçu votre demande d'inscription à la formation « Chiffrage menuiserie sur
logiciel » (session d'avril 2026).

Malheureusement, votre candidature n'a pas été retenue pour cette session : les places sont
réservées en priorité aux salariés des entreprises adhérentes. Vous pouvez vous positionner
sur la session d'octobre.

Cordialement,
Le service Inscriptions – Centre de formation Bois Rhin
"""),
    M(s="landlord_fr", k="other", l="fr",
      fr=("Agence Immo Neudorf", "locations@immo-neudorf.example.fr"),
      sub="Visite de l'appartement rue de Lunéville - confirmation", d="2026-03-02 18:26 +0100",
      b="""\
Bonjour Monsieur,

Je vous confirme la visite du T3 situé rue de Lunéville à Strasbourg-Neudorf le mercredi
4 mars à 17h30. Merci de prévoir un dossier (pièce d'identité, trois derniers bulletins de
salaire ou promesse d'embauche).

Cordialement,
Agence Immo Neudorf
"""),
    M(s="press_fr", k="other", l="fr",
      fr=("Élodie Wendling", "e.wendling@journal-batiment-alsace.example.fr"),
      ewn=("utf-8", "Q"),
      sub="Demande d'interview - reconversion des artisans du bois", d="2026-06-18 11:15 +0200",
      b="""\
Bonjour Monsieur Wiesinger,

Je prépare pour le Journal du Bâtiment Alsace un dossier sur les artisans qui passent à la
vente technique. Votre parcours transfrontalier m'intéresse beaucoup : accepteriez-vous une
interview téléphonique d'une vingtaine de minutes la semaine prochaine ?

Bien cordialement,
Élodie Wendling
Journaliste – Journal du Bâtiment Alsace
"""),
    M(s="bank_fr", k="other", l="fr",
      fr=("Banque Rhénane en ligne", "ne-pas-repondre@banque-rhenane.example.fr"),
      sub="Votre position de compte au 30/06/2026", d="2026-07-01 05:10 +0200",
      h=shell("""\
<p>Bonjour Monsieur Wiesinger,</p>
<p>Votre relevé mensuel est disponible. <b>Position de votre compte</b> n&deg; ****4417 au
30/06/2026 : <b>1 284,56 &euro;</b> (créditrice).</p>
<p>Consultez le détail de vos opérations dans votre espace client.</p>""",
              brand="Banque Rhénane", color="#5b2c6f",
              foot="Ne répondez pas à cet e-mail, il est envoyé automatiquement.")),
    M(s="headhunter_fr", k="other", l="fr",
      fr=("Guillaume Kieffer", "g.kieffer@rhin-talents.example.fr"),
      sub="Échange sur votre parcours ?", d="2026-08-27 09:45 +0200",
      b="""\
Bonjour Konstantin,

Je suis chasseur de têtes spécialisé dans les matériaux de construction dans le Grand Est. Je
n'ai pas de poste à vous proposer pour l'instant, mais votre profil de maître menuisier
bilingue m'intéresse pour de futures missions.

Seriez-vous ouvert à un échange informel, sans engagement ?

Bien à vous,
Guillaume Kieffer
Rhin Talents – Conseil en recrutement
"""),
    # ------------------------------------------------------------------ Spanish
    own(s="own_turia_apology", l="es",
        to=[("Vicente Llorens", "vicente.llorens@carpinteria-turia.example.es")],
        sub="Disculpas por la entrevista", d="2026-03-18 08:05 +0100",
        cs="windows-1252", cte="quoted-printable",
        b="""\
Estimado Sr. Llorens:

Le pido mil disculpas por no haber acudido ayer a la entrevista. Mi vuelo de Viena a Valencia
fue cancelado a última hora y, con el cambio de teléfono, no pude avisarle a tiempo.

Si fuera posible, me encantaría tener una nueva oportunidad para visitarles.

Atentamente,
Konstantin Wiesinger
"""),
    own(s="own_albufera_thanks", l="es", to=[LUCIA],
        sub="Gracias por la entrevista", d="2026-04-10 09:00 +0200",
        b="""\
Hola, Lucía:

Quería darte las gracias a ti y a Javier por la entrevista de ayer. Me gustó mucho conocer cómo
trabajáis con los almacenes de la comarca y el papel del técnico comercial con los
constructores.

Quedo a vuestra disposición para cualquier cosa.

Un saludo,
Konstantin
"""),
    own(s="own_albufera_decline", l="es", to=[LUCIA],
        sub="Re: Contrato para firma – Almacenes Albufera", d="2026-05-04 08:45 +0200",
        re="albufera_contract", q="std",
        b="""\
Hola, Lucía:

Muchas gracias por el contrato y por todo el proceso, que ha sido muy agradable. Después de
pensarlo mucho con mi familia, he decidido quedarme en Austria, donde he aceptado otra oferta.
Por eso no voy a firmar el contrato.

Siento mucho daros esta noticia. Un saludo muy cordial a Javier.

Konstantin
"""),
    M(s="ooo_ferrer", k="other", l="es", fr=LUCIA,
      sub="Respuesta automática: Re: Contrato para firma – Almacenes Albufera",
      d="2026-05-04 08:46 +0200", re="own_albufera_decline",
      hdr={"Auto-Submitted": "auto-replied"},
      b="""\
Gracias por tu mensaje. Estoy fuera de la oficina hasta el 11 de mayo. Para temas urgentes
puedes escribir a personas@almacenes-albufera.example.es.

Lucía Ferrer
"""),
    M(s="alert_es", k="other", l="es",
      fr=("Empleo Levante Alertas", "alertas@empleolevante.example.es"),
      sub="Nuevas ofertas para ti: técnico comercial construcción (Valencia)",
      d="2026-02-02 08:00 +0100",
      hdr={"List-Id": "Alertas Empleo Levante <alertas.empleolevante.example.es>",
           "List-Unsubscribe": "<https://empleolevante.example.es/baja?id=kw55>",
           "Precedence": "bulk"},
      b="""\
Hola Konstantin,

Tenemos 5 nuevas ofertas que encajan con tu alerta:

- Técnico comercial de materiales – Almacenes Albufera, Silla
- Asesor técnico-comercial – Casas Modulares Levante, Riba-roja
- Jefe de sección madera – BricoHuerta, Alfafar

Consejo de la semana: ¿te han rechazado tras una entrevista? Lamentablemente es habitual;
te contamos cómo pedir feedback y preparar la próxima entrevista de trabajo.

Darse de baja: https://empleolevante.example.es/baja?id=kw55
"""),
    M(s="clinic_es", k="other", l="es",
      fr=("Clínica Dental Ruzafa", "citas@clinicaruzafa.example.es"),
      sub="Recordatorio de su cita - Clínica Dental Ruzafa", d="2026-04-06 10:00 +0200",
      b="""\
Estimado/a Konstantin Wiesinger:

Le recordamos su cita de revisión el miércoles 8 de abril de 2026 a las 18:00 con la
Dra. Pastor. Si no puede acudir, le rogamos que nos avise con 24 horas de antelación.

Clínica Dental Ruzafa · C/ Sueca 42, 46006 València · 963 00 55 18
"""),
    M(s="friend_marta", k="other", l="es",
      fr=("Marta Gimeno", "marta.gimeno@example.es"),
      sub="Me han dicho que no :(", d="2026-05-21 22:17 +0200", cte="8bit",
      b="""\
¡Hola Konstantin!

¿Te acuerdas de la entrevista en Cocinas Malvarrosa que te conté? Pues hoy me han rechazado,
"lamentablemente hemos decidido continuar con otros candidatos". Después de tres entrevistas…

¿Y tú qué tal? ¿Al final te vienes a Valencia o te quedas en Austria?

Besos,
Marta
"""),
    M(s="user_research_es", k="other", l="es",
      fr=("Equipo UX de BricoHuerta", "ux@bricohuerta.example.es"),
      sub="¿Nos ayudas? Entrevista de usuario de 30 minutos", d="2026-09-03 11:00 +0200",
      h=shell("""\
<p>Hola Konstantin:</p>
<p>Estamos mejorando la web de BricoHuerta para profesionales y buscamos personas para una
<b>entrevista de usuario</b> de 30 minutos por videollamada.</p>
<p>Como agradecimiento te regalamos una tarjeta de 25 &euro;.</p>
<p><a href="https://ux.bricohuerta.example.es/citas">Elegir horario</a></p>""",
              brand="BricoHuerta", color="#5a8f29",
              foot="Recibes este correo porque tienes una cuenta de cliente profesional.")),
    M(s="course_refused_es", k="other", l="es",
      fr=("Secretaría Escuela de Oficios del Turia", "secretaria@oficiosturia.example.es"),
      sub="Resultado de admisión - Curso de presupuestos de obra", d="2026-02-27 12:00 +0100",
      cs="iso-8859-1", cte="quoted-printable",
      b="""\
Estimado Sr. Wiesinger:

Le comunicamos que, lamentablemente, no ha sido admitido en el curso "Presupuestos y
mediciones de obra con Presto" (edición de primavera), ya que el número de solicitudes ha
superado las plazas disponibles.

Queda usted en lista de espera con el número 7.

Atentamente,
Secretaría - Escuela de Oficios del Turia
"""),
]
