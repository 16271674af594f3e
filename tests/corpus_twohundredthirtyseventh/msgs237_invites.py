"""Corpus 237, kinds `interview_invitation` (26: fr 13, en 6, de 4, es 3),
`interview_reschedule_or_cancel` (15: fr 7, en 4, de 2, es 2) and
`missed_interview_notice` (10: fr 5, en 2, de 2, es 1): hand-written specs."""

from __future__ import annotations

from msgs237_common import (
    CANDIDATE,
    ats_card,
    forwarded,
    outlook_block,
    outlook_html,
    paras_of,
    replied,
    simple_html,
    txt,
)
from msgs237_rejections import _dcn_missed_quoted

ME = CANDIDATE

OCE = ("Claire Duvivier", "claire.duvivier@oceane-transit.example.fr")
FLA = ("Hélène Vanhove", "helene.vanhove@flandres-transit.example.fr")
MPE = ("Mathieu Rabel", "m.rabel@mpe-lehavre.example.fr")
MER = ("Béatrice Mercier", "b.mercier@mercier-recrutement.example.fr")
ALB = ("Nadia Ferhat", "nadia.ferhat@cote-albatre-lines.example.fr")
CNV = ("Arnaud Lefort", "arnaud.lefort@comptoir-normand-vins.example.fr")
DMA = ("Grégoire Lemaître", "g.lemaitre@dunkerque-maritime.example.fr")
KAAI = ("Annelies De Smet", "annelies.desmet@kaaicustoms.example.be")
BRA = ("Liesbeth Maes", "liesbeth.maes@brabant-import.example.be")
POL = ("Emma Lindqvist", "emma.lindqvist@polaris-coldchain.example.de")
TB = ("Oliver Grant", "oliver.grant@talentbridge-search.example.co.uk")
ELB = ("Jana Hoffmann", "jana.hoffmann@elbkai-spedition.example.de")
HZA = ("Kerstin Möller", "k.moeller@hza-brandt.example.de")
ALS = ("Jan-Ole Petersen", "jan-ole.petersen@alster-personal.example.de")
KV = ("Birgit Kröger", "b.kroeger@kroeger-voss.example.de")
ADE = ("Carmen Vidal", "carmen.vidal@aduanasdelestrecho.example.es")
NAV = ("Javier Romero", "javier.romero@navieraalboran.example.es")
TPC = ("Rocío Jiménez", "rocio.jimenez@tpcarnero.example.es")

# ============================================================ interview_invitation

_oce_phone = txt("""
    Bonjour Lionel,

    J'ai lu avec intérêt votre candidature au poste de déclarant en douane junior, et en particulier votre formation de déclarant suivie en parallèle de votre poste de cariste.

    Je vous propose un premier échange téléphonique d'une vingtaine de minutes, vendredi 13 février à 11h00 ou lundi 16 février à 9h30. Dites-moi le créneau qui vous arrange et le numéro auquel vous joindre.

    Bonne journée,
    Claire Duvivier
    Responsable RH - Transitaires Océane
    02 35 41 07 63
""")

_oce_panel = txt("""
    Bonjour Lionel,

    Merci pour notre échange de lundi. Comme convenu, je vous invite à un entretien dans nos locaux avec Éric Vasseur, responsable du service dédouanement, et moi-même :

    Mardi 3 mars 2026, de 10h00 à 11h30
    Transitaires Océane - 9 quai de la Marne - 76600 Le Havre (2e étage, accueil)

    Prévoyez environ 20 minutes pour un petit exercice pratique sur une déclaration d'import (nomenclature, origine, valeur en douane). Vous trouverez l'invitation dans votre agenda ; merci de l'accepter pour confirmer.

    À mardi,
    Claire Duvivier
""")

_dcn_phone = txt("""
    Bonjour Monsieur Abara-Koenig,

    Votre candidature au poste d'assistant déclarant a retenu notre attention.

    Je vous propose un entretien téléphonique le jeudi 22 janvier à 10h00, d'une durée de 30 minutes environ. Je vous appellerai au 06 71 48 22 90, le numéro indiqué sur votre CV. Si ce créneau ne vous convient pas, merci de me le signaler par retour de mail.

    Cordialement,
    Sandrine Lecoeur
    Chargée de recrutement
    Douane Conseil Normandie
""")

_mpe_trial = txt("""
    Bonjour Lionel,

    Suite à notre échange téléphonique, nous vous proposons une journée en situation sur le terminal, pour voir concrètement le poste d'agent de pointage et déclarations :

    Mercredi 15 avril, de 7h30 à 15h30
    Rendez-vous au poste de garde du Terminal de l'Océan, route de l'Estuaire

    Pensez à apporter vos chaussures de sécurité et une pièce d'identité ; le gilet et le casque vous seront fournis. Le repas du midi est pris en charge.

    Mathieu Rabel
    Chef d'exploitation
    Manutention Portuaire de l'Estuaire
""")

_fla_disclaimer = ("Ce message électronique et tous les fichiers attachés qu'il contient sont "
                   "confidentiels et destinés exclusivement à l'usage de la personne à laquelle ils "
                   "sont adressés. Flandres Transit SAS - Capital 250 000 EUR - RCS Dunkerque.")
_fla_panel = txt("""
    Bonjour Monsieur Abara-Koenig,

    Nous avons le plaisir de vous convier à un entretien pour le poste de déclarant en douane au sein de notre agence de Dunkerque.

    Le jury sera composé de M. Stéphane Coolen, directeur d'agence, et de moi-même. L'entretien aura lieu le mardi 19 mai à 14h00, au 2 rue du Quai Freycinet, 59140 Dunkerque, et durera environ une heure.

    Une invitation Outlook suit ce message. Je reste à votre disposition pour toute question.

    Cordialement,
    Hélène Vanhove
    Assistante Ressources Humaines
    Flandres Transit - 2 rue du Quai Freycinet - 59140 Dunkerque
    03 28 66 14 20
""")

_mer_reply_quoted = txt("""
    Bonjour Madame Mercier,

    Merci pour votre message. Le poste chez votre client m'intéresse beaucoup ; vous trouverez mon CV à jour en pièce jointe.

    Bien cordialement,
    Lionel Abara-Koenig
""")
_mer_invite = txt("""
    Bonjour Lionel,

    Bonne nouvelle : Hexaport Logistique souhaite vous rencontrer pour le poste de déclarant en douane import.

    L'entretien est fixé au mardi 17 mars à 15h00 sur leur site de Gennevilliers (14 route du Bassin n°6), avec M. Antoine Fabre, responsable du service douane. Comptez une heure, avec une visite de l'entrepôt.

    Je vous appelle lundi pour vous briefer sur l'entreprise et les questions qu'il aime poser.

    Béatrice Mercier
    Cabinet Mercier Recrutement
    01 44 90 12 75
""") + "\n" + replied("fr", "2026-03-03 20:14", ME[0], ME[1], _mer_reply_quoted)

_alb_assess = txt("""
    Bonjour Lionel,

    Félicitations, votre candidature au poste d'Assistant documentation & douane passe à l'étape suivante !

    Nous vous invitons à notre centre d'évaluation le mercredi 8 avril 2026 au siège du Havre : une demi-journée avec une mise en situation sur des documents de transport (connaissement, déclaration d'export), un test d'anglais et un entretien avec le manager.

    Merci de confirmer votre présence et de choisir la session du matin ou de l'après-midi en cliquant sur le bouton ci-dessous.

    L'équipe recrutement
    Armement Côte d'Albâtre
""")

_ip76_client = txt("""
    Bonjour Monsieur Leroux,

    Nous confirmons la convocation de M. Lionel Abara-Koenig pour un entretien le jeudi 30 avril à 10h00, bâtiment administratif du terminal, quai de Bougainville. Entretien avec M. Lucas Hébert, responsable des opérations douanières. Badge visiteur à retirer à l'accueil.

    Christelle Ameline
    Assistante RH - Terminal Vrac de la Seine
""")
_ip76 = txt("""
    Bonjour Lionel,

    Je vous transfère ci-dessous la confirmation du Terminal Vrac de la Seine : ils vous reçoivent jeudi 30 avril à 10h pour le poste d'agent de déclaration vrac.

    Présentez-vous 10 minutes en avance avec votre carte d'identité. Appelez-moi après l'entretien pour me dire comment ça s'est passé.

    Yannick Leroux
    Intérim Portuaire 76 - Agence du Havre
    07 68 20 45 13
""") + "\n" + forwarded("fr", ("Christelle Ameline", "c.ameline@tvseine.example.fr"), "2026-04-27 09:12",
                         "Convocation entretien - M. Abara-Koenig",
                         ("Yannick Leroux", "y.leroux@interim-portuaire76.example.fr"), _ip76_client)

_guerin = txt("""
    Salut Lionel,

    C'est Didier, de chez Guérin. Ta candidature m'a été transmise par mon frère.

    T'es dispo jeudi vers 17h pour passer au dépôt de Colombelles et qu'on discute du poste de déclarant ? Sinon vendredi matin ça marche aussi. Rien de formel, on prend un café et je te montre le bureau.

    Didier
    Envoyé de mon téléphone
""")

_lsa_booking = txt("""
    Bonjour Lionel,

    Merci pour votre candidature au poste de Déclarant(e) en douane – Rouen. Nous aimerions faire votre connaissance lors d'un entretien vidéo de 30 minutes avec Marion Collet, notre chargée de recrutement.

    Réservez le créneau qui vous convient (du 22 au 24 juillet) via le lien ci-dessous. Vous recevrez ensuite une invitation avec le lien Teams.

    À très bientôt,
    L'équipe Logistique Seine Aval
""")

_cnv_ack_quoted = txt("""
    Bonjour Monsieur Abara-Koenig,

    J'accuse bonne réception de votre candidature pour le poste d'assistant import-douane. Je la transmets à notre directeur logistique et reviens vers vous rapidement.

    Arnaud Lefort
""")
_cnv_teams = txt("""
    Bonjour Lionel,

    Notre directeur logistique, M. Philippe Anquetil, a étudié votre dossier et souhaite échanger avec vous.

    Je vous propose un entretien en visio sur Teams le mardi 2 juin à 10h00 (45 minutes). Voici le lien : https://teams.example.com/l/meetup-join/cnv-0602-anquetil

    Merci de me confirmer que ce créneau vous convient.

    Arnaud Lefort
    Assistant de direction
    Comptoir Normand des Vins - 18 rue Marie Curie - 76140 Le Petit-Quevilly
    02 35 63 90 11
""") + "\n" + replied("fr", "2026-05-18 15:32", CNV[0], CNV[1], _cnv_ack_quoted
                   + "\n" + replied("fr", "2026-05-18 08:05", ME[0], ME[1], txt("""
        Bonjour,

        Je vous adresse ma candidature au poste d'assistant import-douane publié sur votre site. Cariste depuis huit ans au Havre, je termine une formation de déclarant en douane.

        Lionel Abara-Koenig
    """)))

_portalys_test = txt("""
    Bonjour Lionel,

    Votre candidature au poste de Déclarant en douane (Roissy-en-France) a été présélectionnée.

    Étape 1 : un test en ligne de classement tarifaire et de calcul des droits (45 minutes), à réaliser avant le vendredi 13 février à minuit.
    Étape 2 : un entretien avec notre responsable d'agence, le mardi 17 février à 14h30, dans nos bureaux de Roissy.

    Cliquez sur le bouton ci-dessous pour accéder au test et confirmer votre entretien.

    Portalys Dédouanement - Recrutement
""")

_dma = txt("""
    Bonjour Monsieur Abara-Koenig,

    Merci pour votre candidature spontanée. Il se trouve que nous cherchons à renforcer notre bureau de déclaration à la rentrée.

    Seriez-vous disponible pour venir nous rencontrer le vendredi 12 juin à 9h00, à l'agence (Bâtiment Capitainerie, quai de Mardyck, Dunkerque) ? L'échange durera une heure environ.

    Bien à vous,
    Grégoire Lemaître
    Directeur - Dunkerque Maritime Agence
    03 28 58 71 02
""")

_scheldt_invite = txt("""
    Hi Lionel,

    Thanks for applying for the Customs Declarant role at Scheldt Forwarding Partners. We'd love to set up a 45-minute video interview with Jeroen Wouters, our Customs Team Lead.

    Please use the link below to pick a time that works for you. The available slots are between 10 and 16 June.

    Looking forward to speaking with you,
    Femke Janssens
    Talent Partner, Scheldt Forwarding Partners
""")

_kaai_teams = txt("""
    Dear Lionel,

    Thank you for your application. We would like to invite you to an online interview for the Junior Customs Broker position.

    Date: Thursday 9 July 2026
    Time: 10:00-10:45 (Brussels time)
    Where: Microsoft Teams - the link is in the calendar invitation attached

    You will meet myself and Koen Michiels, our operations manager. Please accept the invitation so we know you can make it.

    Kind regards,
    Annelies De Smet
    Office Manager | Kaai Customs Brokers
    Italiëlei 211, 2000 Antwerpen | +32 3 231 77 40
""")

_kaai_missed_quoted = txt("""
    Dear Lionel,

    We waited on Teams for 15 minutes this morning, but you didn't join the 10:00 interview. I hope everything is alright.

    Annelies
""")
_kaai_retry = txt("""
    Dear Lionel,

    Thank you for explaining what happened; a broken laptop on the day is bad luck.

    Let's try again: Koen can do Tuesday 14 July at 15:00 instead. I've sent a fresh Teams invitation with a new link. You could also join by phone with the dial-in number in the invite if the computer causes trouble again.

    Best regards,
    Annelies De Smet
    Kaai Customs Brokers
""") + "\n" + replied("en", "2026-07-09 10:21", KAAI[0], KAAI[1], _kaai_missed_quoted)

_tb_chat = txt("""
    Hi Lionel,

    Good news: Northsea Bonded Warehousing have read your CV and want to meet you for their Customs & Bonded Stock Assistant role at their Antwerp site.

    Are you free Thursday 12 March in the afternoon for a first video call with Hanna Vos, their site manager? They suggested 2pm or 3pm Antwerp time. It should be about 40 minutes, fairly informal.

    Let me know which slot and I'll lock it in.

    Cheers,
    Oliver
    Talentbridge Logistics Search
""")

_bra_disclaimer = ("DISCLAIMER: This message is intended only for the addressee and may contain "
                   "confidential information. If you have received it in error, please notify the "
                   "sender and delete it. Brabant Import Group BV - BTW BE 0712.345.678.")
_bra_onsite = txt("""
    Dear Mr Abara-Koenig,

    Thank you for your application for the position of Customs Declarant (French-speaking desk).

    We are pleased to invite you for an interview at our Antwerp office on Tuesday 22 September 2026 at 10:00. You will meet Dirk Hermans, Head of Customs, and myself. The interview will last about one hour and will include a short case study on the import of textile goods from Morocco.

    Address: Brabant Import Group, Haven 520, Blauwe Weg 30, 2030 Antwerpen. Please report to the reception desk and bring a valid ID.

    Kind regards,
    Liesbeth Maes
    HR Officer
    Brabant Import Group
    +32 3 290 44 18
""")

_polaris_video = txt("""
    Hi Lionel,

    Thanks for your application to Polaris Cold Chain. I'd like to invite you to a first video interview for the Customs Coordinator position in our Hamburg hub.

    Monday 26 January, 14:00-14:45 CET, on Google Meet (link in the invitation).

    The conversation will be in English; our hiring manager, Katrin Paulsen, will join too.

    Best,
    Emma Lindqvist
    People & Culture, Polaris Cold Chain
""")

_elb_invite = txt("""
    Guten Tag Herr Abara-Koenig,

    vielen Dank für Ihre Bewerbung als Zollsachbearbeiter (m/w/d) bei der Elbkai Spedition. Ihr Profil hat uns angesprochen, und wir möchten Sie gern näher kennenlernen.

    Wir laden Sie zu einem Videointerview am Freitag, 14. August 2026, um 11:00 Uhr ein. Gesprächspartner sind Herr Torsten Schulte (Teamleiter Zoll) und ich. Den Teams-Link erhalten Sie nach Ihrer Bestätigung.

    Bitte bestätigen Sie den Termin über den Button unten.

    Mit freundlichen Grüßen
    Jana Hoffmann
    HR Recruiting | Elbkai Spedition
""")

_hza_phone = txt("""
    Sehr geehrter Herr Abara-Koenig,

    vielen Dank für Ihre Bewerbung als Zollsachbearbeiter (m/w/d).

    Gern würden wir Sie in einem ersten Telefoninterview kennenlernen. Wir schlagen Donnerstag, den 3. September, um 10:00 Uhr vor. Ich rufe Sie unter der in Ihrem Lebenslauf angegebenen Nummer (+33 6 71 48 22 90) an. Das Gespräch dauert etwa 30 Minuten.

    Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

    Mit freundlichen Grüßen
    Kerstin Möller
    Personalabteilung
    Hanseatische Zollagentur Brandt
""")

_als_client = txt("""
    Hallo Herr Abara-Koenig,

    wie telefonisch besprochen: Wilhelmsburg Kühllogistik möchte Sie kennenlernen.

    Vorstellungsgespräch: Freitag, 24. April, 8:00 Uhr
    Ort: Wilhelmsburg Kühllogistik, Am Reiherdamm 40, 20457 Hamburg – bitte beim Pförtner melden
    Ansprechpartner: Herr Marek Nowak, Leitung Zolllager

    Bitte bringen Sie Ihren Ausweis und Ihren Staplerschein (CACES) mit; eine Übersetzung ist nicht nötig.

    Viele Grüße
    Jan-Ole Petersen
    Personaldisponent | Alster Personalservice
""")

_kv_probe = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wie am Telefon besprochen, laden wir Sie zu einem Probearbeitstag in unserer Zollabwicklung ein.

    Termin: Dienstag, 2. Juni 2026, 7:00 bis 15:00 Uhr
    Ort: Spedition Kröger & Voss, Am Veringhafen 12, 21107 Hamburg

    Sie begleiten unsere Zolldeklaranten bei ATLAS-Anmeldungen und lernen das Lager kennen. Sicherheitsschuhe bitte mitbringen. Die Termineinladung ist beigefügt.

    Freundliche Grüße
    Birgit Kröger
    Geschäftsführung
""")

_ade_outlook = txt("""
    Estimado Sr. Abara-Koenig:

    Gracias por el interés mostrado en el puesto de Agente de Aduanas Junior en nuestra oficina de Algeciras.

    Nos complace invitarle a una entrevista presencial el miércoles 23 de septiembre a las 10:30 en nuestras oficinas (Avenida de la Hispanidad 14, 2.ª planta, 11207 Algeciras). Le atenderán D. Alfonso Guerrero, director de la oficina, y yo misma.

    Le rogamos que nos confirme su asistencia respondiendo a este correo.

    Un saludo cordial,
    Carmen Vidal
    Responsable de Personas
    Aduanas del Estrecho
    Tel. 956 58 30 12
""")

_nav_phone = txt("""
    Buenas tardes, Lionel:

    He visto su candidatura para el puesto de administrativo de exportación y despacho aduanero.

    ¿Le vendría bien una llamada telefónica el jueves 9 de julio a las 12:00? Serían unos 20 minutos para conocernos y explicarle el puesto. Si no le cuadra, propóngame otra hora.

    Saludos,
    Javier Romero
    Jefe de Tráfico · Naviera Alborán Express
""")

_tpc_sf = txt("""
    Estimado/a Lionel Abara-Koenig:

    Nos complace invitarle a una entrevista por videollamada para la vacante de Técnico de Aduanas (ref. 50117).

    Fecha: martes, 1 de septiembre de 2026
    Hora: 11:00 (hora peninsular)
    Entrevistadora: Rocío Jiménez, Selección de Personal

    Encontrará la invitación de calendario adjunta con el enlace a la reunión. Para cualquier duda, responda a este correo.

    Terminal Marítima Punta Carnero
""")

# ============================================================ interview_reschedule_or_cancel

_oce_move = txt("""
    Bonjour Lionel,

    Un imprévu avec un client m'oblige à décaler notre appel de ce matin 11h00.

    Pourriez-vous être disponible lundi 16 février à 14h00 ? Je vous appellerai au même numéro. Toutes mes excuses pour ce changement de dernière minute.

    Claire Duvivier
    Transitaires Océane
""")

_fla_req_quoted = txt("""
    Bonjour Madame Vanhove,

    Merci pour cette invitation. Je suis malheureusement en formation CACES le 19 mai toute la journée. Serait-il possible de décaler l'entretien au 20 ou au 21 mai ?

    Bien cordialement,
    Lionel Abara-Koenig
""")
_fla_move = txt("""
    Bonjour Monsieur Abara-Koenig,

    Pas de souci. M. Coolen peut vous recevoir le jeudi 21 mai à 10h00, même adresse. L'invitation a été mise à jour dans votre agenda.

    Cordialement,
    Hélène Vanhove
    Assistante Ressources Humaines - Flandres Transit
""")

_mpe_cancel = txt("""
    Bonjour Lionel,

    Je suis obligé d'annuler la journée en situation prévue ce mercredi 15 avril : nous avons un contrôle de la douane sur le terminal toute la semaine et je ne pourrai pas vous accueillir dans de bonnes conditions.

    Je reviens vers vous dès que possible pour la suite.

    Mathieu Rabel
""")

_alb_postpone = txt("""
    Bonjour Lionel,

    Je vous écris au sujet du centre d’évaluation prévu le mercredi 8 avril.

    Nous sommes contraints de le reporter : deux de nos évaluateurs sont mobilisés sur l’arrivée d’un nouveau navire sur la ligne Afrique de l’Ouest. Une nouvelle date vous sera proposée dans les prochaines semaines, votre candidature reste bien entendu active.

    Merci de votre compréhension.

    Nadia Ferhat
    Responsable recrutement – Armement Côte d’Albâtre
""")

_mer_move = txt("""
    Bonjour Lionel,

    Petit changement : M. Fabre est souffrant et Hexaport Logistique m'a demandé de décaler votre entretien de demain.

    Il est reporté au mardi 24 mars, même heure (15h00), même lieu. Pouvez-vous me confirmer que ça vous va ?

    Béatrice
""")

_cnv_onsite = txt("""
    Bonjour Lionel,

    Changement de programme : plutôt qu'une visio le mardi 2 juin, M. Anquetil préfère vous rencontrer sur place et vous faire visiter l'entrepôt sous douane.

    Pourriez-vous venir le mercredi 3 juin à 14h00 au 18 rue Marie Curie, au Petit-Quevilly ? Le lien Teams n'est donc plus valable.

    Arnaud Lefort
    Comptoir Normand des Vins
""")

_dma_cancel = txt("""
    Bonjour Monsieur Abara-Koenig,

    Je suis contraint d'annuler notre rendez-vous de ce vendredi 12 juin : un vraquier attendu la semaine prochaine arrive avec trois jours d'avance et toute l'agence sera mobilisée sur l'escale.

    Je reviens vers vous en début de semaine prochaine pour convenir d'une nouvelle date. Je tiens à ce que nous nous rencontrions.

    Grégoire Lemaître
    Dunkerque Maritime Agence
""")

_scheldt_conflict = txt("""
    Hi Lionel,

    Unfortunately Jeroen has a clash with a customs audit on Monday 15 June, so we need to move your interview.

    Could you choose a new time with the link below? I've opened extra slots on 17 and 18 June. Sorry for the hassle.

    Femke
""")

_bra_req_quoted = txt("""
    Dear Ms Maes,

    Thank you for the invitation. Would it be possible to move the interview to the following week? I have a training exam on 22 September that I cannot reschedule.

    Kind regards,
    Lionel Abara-Koenig
""")
_bra_move = txt("""
    Dear Lionel,

    Thank you for letting us know. As it happens, Dirk Hermans is also on sick leave this week, so moving the interview suits us as well.

    New date: Tuesday 29 September 2026, 10:00, same place. The calendar invitation has been updated.

    Kind regards,
    Liesbeth Maes
    HR Officer, Brabant Import Group
""")

_pol_cancel = txt("""
    Hi Lionel,

    I'm sorry, but I need to cancel our video interview on Monday 26 January: Katrin has to travel to our Rotterdam site at short notice.

    I'll send you a new invitation as soon as I have her availability for the following week.

    Best,
    Emma
""")

_tb_move = txt("""
    Hi Lionel,

    Quick one: Hanna at Northsea has an auditor on site tomorrow and asked to push your call to Friday 13 March, 4pm Antwerp time (3pm UK). Same video link.

    Shout if that doesn't work.

    Oliver
""")

_elb_ill = txt("""
    Guten Tag Herr Abara-Koenig,

    leider ist Herr Schulte kurzfristig erkrankt. Wir müssen das Videointerview morgen, 14. August, daher verschieben.

    Neuer Termin: Donnerstag, 20. August 2026, 11:00 Uhr. Der Teams-Link bleibt gleich. Bitte geben Sie mir kurz Bescheid, ob Ihnen das passt.

    Mit freundlichen Grüßen
    Jana Hoffmann
    HR Recruiting | Elbkai Spedition
""")

_kv_move = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wegen einer Systemumstellung in ATLAS müssen wir Ihren Probearbeitstag verschieben.

    Neuer Termin: Dienstag, 9. Juni 2026, gleiche Uhrzeit (7:00 bis 15:00 Uhr). Die Kalendereinladung wurde aktualisiert.

    Freundliche Grüße
    Birgit Kröger
""")

_ade_hora = txt("""
    Estimado Sr. Abara-Koenig:

    Le escribo para comunicarle un cambio de hora en su entrevista del miércoles 23 de septiembre.

    Por una reunión con la Agencia Tributaria, D. Alfonso Guerrero no podrá atenderle a las 10:30. ¿Le vendría bien a las 12:30 del mismo día? El lugar no cambia.

    Disculpe las molestias.

    Carmen Vidal
    Aduanas del Estrecho
""")

_nav_cancel = txt("""
    Buenos días, Lionel:

    Tengo que anular la llamada de hoy a las 12:00; tenemos un buque retenido en el puerto y estoy en plena gestión con la Aduana.

    Le propongo otro día la semana que viene, le escribo el lunes con una hora.

    Saludos,
    Javier Romero
""")

# ============================================================ missed_interview_notice

_sillage_missed = txt("""
    Bonjour Lionel,

    Mon client vous attendait ce matin à 8h00 pour l'entretien concernant la mission d'agent de transit import, et vous ne vous êtes pas présenté.

    J'ai essayé de vous appeler à 8h15 puis à 8h40, je tombe directement sur la messagerie. Pouvez-vous me rappeler dès que possible pour me dire ce qu'il s'est passé ?

    Aurélie Tessier
    Sillage Intérim Le Havre
    06 12 55 83 40
""")

_lsa_missed = txt("""
    Bonjour Lionel,

    Nous avions rendez-vous ce matin à 9h30 pour votre entretien vidéo. Nous vous avons attendu sur Teams une quinzaine de minutes, sans vous voir arriver.

    Peut-être un souci de connexion ? Si vous souhaitez toujours poursuivre, répondez-moi et nous verrons s'il est possible de trouver un autre créneau.

    Marion Collet
    Chargée de recrutement - Logistique Seine Aval
""")

_guerin_missed = txt("""
    Lionel,

    On t'a attendu au dépôt jeudi à 17h avec Patrick, personne. J'ai essayé ton portable, ça sonnait dans le vide.

    T'as eu un souci ? Fais-moi signe si t'es toujours intéressé.

    Didier
""")

_nfa_missed = txt("""
    Bonjour Monsieur Abara-Koenig,

    Vous étiez attendu aujourd'hui à 14h00 pour un entretien en visioconférence pour le poste d'agent de fret aérien - formalités douanières.

    Vous ne vous êtes pas connecté et nous n'avons reçu aucun message de votre part. Sans nouvelles d'ici vendredi, nous considérerons que vous ne souhaitez pas donner suite.

    Sophie Lecanu
    Ressources humaines - Normandie Fret Aérien
    Aéroport de Caen-Carpiquet - 14650 Carpiquet
""")

_lowlands_missed = txt("""
    Hi Lionel,

    I tried calling you twice at 14:00 today for our scheduled phone screen (Junior Customs Agent), on +33 6 71 48 22 90, but it went straight to voicemail both times.

    If you're still interested, let me know and we can look at another slot.

    Pieter Claes
    Recruiter, Lowlands Port Services
""")

_hza_missed = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wir hatten für heute, 10:00 Uhr, ein Telefoninterview vereinbart. Ich habe Sie zweimal unter +33 6 71 48 22 90 angerufen, leider ohne Erfolg.

    Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse an der Position haben.

    Mit freundlichen Grüßen
    Kerstin Möller
    Personalabteilung
""")

_als_missed = txt("""
    Hallo Herr Abara-Koenig,

    Herr Nowak von Wilhelmsburg Kühllogistik hat Sie heute um 8:00 Uhr beim Pförtner erwartet. Sie sind leider nicht erschienen.

    Ist etwas passiert? Rufen Sie mich bitte heute noch an, damit ich dem Kunden eine Erklärung geben kann.

    Jan-Ole Petersen
    Alster Personalservice
    Tel. 040 3861 4470
""")

_tpc_missed = txt("""
    Estimado Lionel:

    Le esperamos hoy en la videollamada de las 11:00, pero no llegó a conectarse. Le escribimos también por si hubiera tenido algún problema técnico.

    Si sigue interesado en la vacante, conteste a este correo y valoraremos si es posible buscar otra fecha.

    Rocío Jiménez
    Selección de Personal · Terminal Marítima Punta Carnero
""")


MESSAGES = [
    # ================================================ interview_invitation fr (13)
    dict(kind="interview_invitation", slug="oceane_phone_screen_ask", lang="fr",
         company="Transitaires Océane", contact=OCE[1], key="oce_phone", parent="oce_ack",
         frm=OCE, date="2026-02-12 09:40",
         subject="Votre candidature - déclarant en douane junior",
         text=_oce_phone, cte="quoted-printable"),
    dict(kind="interview_invitation", slug="oceane_panel_calendar_request", lang="fr",
         company="Transitaires Océane", contact=OCE[1], key="oce_panel", parent="oce_move",
         frm=OCE, date="2026-02-20 14:02", name_enc=("utf-8", "Q"),
         subject="Invitation : Entretien Transitaires Océane - mar. 3 mars 10:00",
         text=_oce_panel, html=simple_html(paras_of(_oce_panel)), cte="base64",
         ics=dict(method="REQUEST", uid="oce-panel-20260303@oceane-transit.example.fr",
                  start="2026-03-03 10:00", end="2026-03-03 11:30",
                  summary="Entretien - Lionel Abara-Koenig / Transitaires Océane",
                  location="9 quai de la Marne, 76600 Le Havre",
                  organizer=OCE,
                  attendees=[("Éric Vasseur", "eric.vasseur@oceane-transit.example.fr")])),
    dict(kind="interview_invitation", slug="dcn_phone_interview_fixed", lang="fr",
         company="Douane Conseil Normandie", contact="s.lecoeur@dcn-douane.example.fr",
         key="dcn_phone", parent="dcn_ack",
         frm=("Sandrine Lecoeur", "s.lecoeur@dcn-douane.example.fr"),
         date="2026-01-20 11:25",
         subject="Entretien téléphonique - Assistant déclarant", subj_enc=("iso-8859-1", "Q"),
         text=_dcn_phone, charset="iso-8859-1", cte="8bit"),
    dict(kind="interview_invitation", slug="mpe_trial_day_calendar", lang="fr",
         company="Manutention Portuaire de l'Estuaire", contact=MPE[1], key="mpe_trial",
         frm=MPE, date="2026-04-07 16:48",
         subject="Journée en situation - mercredi 15 avril",
         text=_mpe_trial, html=simple_html(paras_of(_mpe_trial)), cte="quoted-printable",
         ics=dict(method="REQUEST", uid="mpe-trial-0415@mpe-lehavre.example.fr",
                  start="2026-04-15 07:30", end="2026-04-15 15:30",
                  summary="Journée en situation - agent de pointage et déclarations",
                  location="Poste de garde, Terminal de l'Océan, route de l'Estuaire, Le Havre",
                  organizer=MPE)),
    dict(kind="interview_invitation", slug="flandres_panel_outlook_request", lang="fr",
         company="Flandres Transit", contact=FLA[1], key="fla_panel",
         frm=FLA, date="2026-05-11 10:17", name_enc=("iso-8859-1", "B"),
         subject="Convocation à un entretien - Déclarant en douane - Dunkerque",
         text=_fla_panel + "\n" + _fla_disclaimer + "\n",
         html=outlook_html(paras_of(_fla_panel)[:-1],
                           signature=["Hélène Vanhove", "Assistante Ressources Humaines",
                                      "Flandres Transit - 2 rue du Quai Freycinet - 59140 Dunkerque",
                                      "03 28 66 14 20"],
                           disclaimer=_fla_disclaimer),
         cte="quoted-printable",
         ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000FLA0519",
                  start="2026-05-19 14:00", end="2026-05-19 15:00",
                  summary="Entretien Déclarant en douane - L. Abara-Koenig",
                  location="Flandres Transit, 2 rue du Quai Freycinet, 59140 Dunkerque",
                  organizer=FLA,
                  attendees=[("Stéphane Coolen", "s.coolen@flandres-transit.example.fr")]),
         headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
    dict(kind="interview_invitation", slug="mercier_client_hexaport_interview", lang="fr",
         company="Hexaport Logistique", contact=MER[1], key="mercier_inv",
         parent="<20260303.2014.lak@example.fr>",
         frm=MER, date="2026-03-09 12:31",
         subject="Re: Poste de déclarant import - Gennevilliers",
         text=_mer_invite, cte="8bit"),
    dict(kind="interview_invitation", slug="albatre_assessment_centre", lang="fr",
         company="Armement Côte d'Albâtre", contact=ALB[1], key="alb_assess", parent="alb_ack",
         frm=("Armement Côte d'Albâtre", "no-reply@smartrecruiters.com"),
         reply_to=ALB, date="2026-03-25 08:00", tz="+0000",
         subject="Invitation au centre d'évaluation - Assistant documentation & douane",
         text=_alb_assess + "\nConfirmer ma présence : https://jobs.smartrecruiters.example.com/cote-albatre/assessment/8841\n",
         html=ats_card("Armement Côte d'Albâtre", paras_of(_alb_assess), lang="fr",
                       accent="#0d4f8b",
                       button=("Confirmer ma présence",
                               "https://jobs.smartrecruiters.example.com/cote-albatre/assessment/8841"),
                       footer=["Propulsé par SmartRecruiters"])),
    dict(kind="interview_invitation", slug="ip76_forwards_client_convocation", lang="fr",
         company="Terminal Vrac de la Seine", contact="y.leroux@interim-portuaire76.example.fr",
         key="ip76_inv", parent="ip76_ack",
         frm=("Yannick Leroux", "y.leroux@interim-portuaire76.example.fr"),
         date="2026-04-27 09:30",
         subject="TR: Convocation entretien - M. Abara-Koenig",
         text=_ip76, cte="quoted-printable"),
    dict(kind="interview_invitation", slug="guerin_casual_free_thursday", lang="fr",
         company="Transports Guérin", contact="didier.guerin@transports-guerin.example.fr",
         key="guerin_inv",
         frm=("Didier Guérin", "didier.guerin@transports-guerin.example.fr"),
         date="2026-10-05 19:12",
         subject="dispo jeudi ?",
         text=_guerin, cte="8bit"),
    dict(kind="interview_invitation", slug="lsa_teamtailor_booking_link", lang="fr",
         company="Logistique Seine Aval", contact="marion.collet@seine-aval-logistique.example.fr",
         key="lsa_inv",
         frm=("Logistique Seine Aval", "no-reply@teamtailor-mail.com"),
         reply_to=("Marion Collet", "marion.collet@seine-aval-logistique.example.fr"),
         date="2026-07-20 07:15", tz="+0000",
         subject="Réservez votre entretien vidéo – Logistique Seine Aval", subj_enc=("utf-8", "B"),
         text=_lsa_booking + "\nChoisir un créneau : https://app.teamtailor.example.com/meetings/lsa-rouen-5521\n",
         html=ats_card("Logistique Seine Aval", paras_of(_lsa_booking), lang="fr",
                       accent="#3d2c8d",
                       button=("Choisir un créneau",
                               "https://app.teamtailor.example.com/meetings/lsa-rouen-5521"),
                       footer=["Envoyé avec Teamtailor"])),
    dict(kind="interview_invitation", slug="comptoir_teams_with_chain", lang="fr",
         company="Comptoir Normand des Vins", contact=CNV[1], key="cnv_inv", parent="cnv_ack",
         frm=CNV, date="2026-05-26 11:08",
         subject="RE: Candidature assistant import-douane",
         text=_cnv_teams, cte="quoted-printable"),
    dict(kind="interview_invitation", slug="portalys_icims_test_and_interview", lang="fr",
         company="Portalys Dédouanement", contact="", key="portalys_test", parent="portalys_ack",
         frm=("Portalys Dédouanement", "portalys@icims.com"),
         date="2026-02-10 04:30", tz="-0500",
         subject="Étape suivante : test en ligne et entretien – Déclarant en douane",
         subj_enc=("utf-8", "Q"),
         text=_portalys_test + "\nAccéder au test : https://careers-portalys.icims.example.com/jobs/2231/assessment\n",
         html=ats_card("Portalys Dédouanement", paras_of(_portalys_test), lang="fr",
                       accent="#e05a00",
                       button=("Accéder au test",
                               "https://careers-portalys.icims.example.com/jobs/2231/assessment"),
                       footer=["Merci de ne pas répondre à ce message automatique."])),
    dict(kind="interview_invitation", slug="dma_meet_after_spontaneous", lang="fr",
         company="Dunkerque Maritime Agence", contact=DMA[1], key="dma_inv", parent="dma_app",
         frm=DMA, name_enc=("iso-8859-1", "B"), date="2026-06-05 17:22",
         subject="Re: Candidature spontanée - déclarant en douane",
         text=_dma, cte="base64"),
    # ================================================ interview_invitation en (6)
    dict(kind="interview_invitation", slug="scheldt_greenhouse_schedule_link", lang="en",
         company="Scheldt Forwarding Partners", contact="femke.janssens@scheldtforwarding.example.be",
         key="scheldt_inv", parent="scheldt_ack",
         frm=("Femke Janssens via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=("Femke Janssens", "femke.janssens@scheldtforwarding.example.be"),
         date="2026-06-08 14:26",
         subject="Interview availability - Customs Declarant at Scheldt Forwarding Partners",
         text=_scheldt_invite + "\nSchedule your interview: https://app.greenhouse.example.com/scheduling/s/8fz2kq\n",
         html=ats_card("Scheldt Forwarding Partners", paras_of(_scheldt_invite), accent="#24a47f",
                       button=("Schedule your interview",
                               "https://app.greenhouse.example.com/scheduling/s/8fz2kq"))),
    dict(kind="interview_invitation", slug="kaai_teams_calendar_request", lang="en",
         company="Kaai Customs Brokers", contact=KAAI[1], key="kaai_inv", parent="kaai_app",
         frm=KAAI, date="2026-07-06 15:44", name_enc=("utf-8", "Q"),
         subject="Interview invitation - Junior Customs Broker",
         text=_kaai_teams, cte="quoted-printable",
         ics=dict(method="REQUEST", uid="kaai-0709-interview@kaaicustoms.example.be",
                  start="2026-07-09 10:00", end="2026-07-09 10:45",
                  summary="Interview Lionel Abara-Koenig - Junior Customs Broker",
                  location="Microsoft Teams Meeting",
                  description="Join: https://teams.example.com/l/meetup-join/kaai-0709",
                  organizer=KAAI, attendees=[("Koen Michiels", "koen.michiels@kaaicustoms.example.be")]),
         ics_attach=True),
    dict(kind="interview_invitation", slug="kaai_retry_after_missed", lang="en",
         company="Kaai Customs Brokers", contact=KAAI[1], key="kaai_retry", parent="kaai_missed",
         frm=KAAI, date="2026-07-10 09:03",
         subject="Re: Your interview this morning",
         text=_kaai_retry,
         ics=dict(method="REQUEST", uid="kaai-0714-interview@kaaicustoms.example.be",
                  start="2026-07-14 15:00", end="2026-07-14 15:45",
                  summary="Interview (new slot) - Lionel Abara-Koenig",
                  location="Microsoft Teams Meeting",
                  description="Join: https://teams.example.com/l/meetup-join/kaai-0714 - dial-in +32 2 555 01 44",
                  organizer=KAAI)),
    dict(kind="interview_invitation", slug="talentbridge_client_call_thursday", lang="en",
         company="Northsea Bonded Warehousing", contact=TB[1], key="tb_inv", parent="tb_ack",
         frm=TB, date="2026-03-05 11:50", tz="+0000",
         subject="Northsea Bonded want to meet you",
         text=_tb_chat),
    dict(kind="interview_invitation", slug="brabant_onsite_disclaimer_request", lang="en",
         company="Brabant Import Group", contact=BRA[1], key="bra_inv",
         frm=BRA, date="2026-09-14 09:36",
         subject="Invitation to interview - Customs Declarant (French-speaking desk)",
         text=_bra_onsite + "\n" + _bra_disclaimer + "\n",
         html=outlook_html(paras_of(_bra_onsite)[:-1], lang="en",
                           signature=["Liesbeth Maes", "HR Officer", "Brabant Import Group",
                                      "+32 3 290 44 18"],
                           disclaimer=_bra_disclaimer),
         ics=dict(method="REQUEST", uid="bra-interview-lak@brabant-import.example.be",
                  start="2026-09-22 10:00", end="2026-09-22 11:00",
                  summary="Interview Customs Declarant - L. Abara-Koenig",
                  location="Brabant Import Group, Blauwe Weg 30, 2030 Antwerpen",
                  organizer=BRA, attendees=[("Dirk Hermans", "dirk.hermans@brabant-import.example.be")])),
    dict(kind="interview_invitation", slug="polaris_video_meet_request", lang="en",
         company="Polaris Cold Chain", contact=POL[1], key="polaris_inv",
         frm=POL, date="2026-01-19 13:05",
         subject="Video interview - Customs Coordinator (Hamburg)",
         text=_polaris_video, html=simple_html(paras_of(_polaris_video), lang="en"),
         cte="7bit",
         ics=dict(method="REQUEST", uid="polaris-meet-0126@polaris-coldchain.example.de",
                  start="2026-01-26 14:00", end="2026-01-26 14:45",
                  summary="Polaris Cold Chain - interview Lionel Abara-Koenig",
                  location="Google Meet", description="https://meet.example.com/pcc-lak-0126",
                  organizer=POL, cte="7bit")),
    # ================================================ interview_invitation de (4)
    dict(kind="interview_invitation", slug="elbkai_personio_video", lang="de",
         company="Elbkai Spedition", contact=ELB[1], key="elb_inv", parent="elb_ack",
         frm=("Jana Hoffmann (Elbkai Spedition)", "no-reply@personio.de"),
         reply_to=ELB, date="2026-08-10 10:11",
         subject="Einladung zum Videointerview – Zollsachbearbeiter (m/w/d)",
         subj_enc=("utf-8", "Q"),
         text=_elb_invite + "\nTermin bestätigen: https://elbkai.jobs.personio.example.com/interview/confirm/77120\n",
         html=ats_card("Elbkai Spedition", paras_of(_elb_invite), lang="de", accent="#00507a",
                       button=("Termin bestätigen",
                               "https://elbkai.jobs.personio.example.com/interview/confirm/77120"),
                       footer=["Diese Nachricht wurde über Personio versendet."]),
         cte="quoted-printable"),
    dict(kind="interview_invitation", slug="hza_phone_interview", lang="de",
         company="Hanseatische Zollagentur Brandt", contact=HZA[1], key="hza_inv",
         frm=HZA, name_enc=("utf-8", "B"), date="2026-09-01 14:20",
         subject="Ihre Bewerbung – Einladung zum Telefoninterview",
         text=_hza_phone, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="interview_invitation", slug="alster_client_wilhelmsburg_interview", lang="de",
         company="Wilhelmsburg Kühllogistik", contact=ALS[1], key="als_inv", parent="als_ack",
         frm=ALS, date="2026-04-21 17:33",
         subject="Vorstellungsgespräch bei Wilhelmsburg Kühllogistik am Freitag",
         text=_als_client, cte="8bit"),
    dict(kind="interview_invitation", slug="kroeger_probearbeitstag_request", lang="de",
         company="Spedition Kröger & Voss", contact=KV[1], key="kv_inv",
         frm=KV, date="2026-05-20 12:05", name_enc=("iso-8859-1", "Q"),
         subject="Einladung zum Probearbeitstag am 2. Juni",
         text=_kv_probe, charset="iso-8859-1", cte="quoted-printable",
         ics=dict(method="REQUEST", uid="kv-probearbeit-lak@kroeger-voss.example.de",
                  start="2026-06-02 07:00", end="2026-06-02 15:00",
                  summary="Probearbeitstag Zollabwicklung - L. Abara-Koenig",
                  location="Am Veringhafen 12, 21107 Hamburg", organizer=KV),
         ics_attach=True),
    # ================================================ interview_invitation es (3)
    dict(kind="interview_invitation", slug="aduanas_estrecho_outlook_onsite", lang="es",
         company="Aduanas del Estrecho", contact=ADE[1], key="ade_inv", parent="ade_ack",
         frm=ADE, date="2026-09-16 13:47",
         subject="Entrevista - Agente de Aduanas Junior",
         text=_ade_outlook,
         html=outlook_html(paras_of(_ade_outlook)[:-1], lang="es",
                           signature=["Carmen Vidal", "Responsable de Personas",
                                      "Aduanas del Estrecho", "Tel. 956 58 30 12"]),
         cte="base64"),
    dict(kind="interview_invitation", slug="alboran_phone_screen_ask", lang="es",
         company="Naviera Alborán Express", contact=NAV[1], key="nav_inv",
         frm=NAV, date="2026-07-07 17:25",
         subject="Su candidatura - administrativo de exportación",
         text=_nav_phone, charset="windows-1252", cte="quoted-printable"),
    dict(kind="interview_invitation", slug="carnero_successfactors_calendar", lang="es",
         company="Terminal Marítima Punta Carnero", contact=TPC[1], key="tpc_inv",
         parent="carnero_ack",
         frm=("Terminal Marítima Punta Carnero", "noreply@successfactors.eu"),
         name_enc=("iso-8859-1", "Q"), reply_to=TPC,
         date="2026-08-25 09:00", tz="+0000",
         subject="Invitación a entrevista: Técnico de Aduanas (ref. 50117)",
         subj_enc=("iso-8859-1", "B"),
         text=_tpc_sf, cte="quoted-printable",
         ics=dict(method="REQUEST", uid="sf-50117-lak-0901@successfactors.eu",
                  start="2026-09-01 11:00", end="2026-09-01 11:45",
                  summary="Entrevista Técnico de Aduanas - Lionel Abara-Koenig",
                  location="Videollamada", description="https://meet.example.com/tpc-50117",
                  organizer=TPC)),
    # ================================================ interview_reschedule_or_cancel fr (7)
    dict(kind="interview_reschedule_or_cancel", slug="oceane_phone_moved", lang="fr",
         company="Transitaires Océane", contact=OCE[1], key="oce_move", parent="oce_phone",
         frm=OCE, date="2026-02-13 07:52",
         subject="Re: Votre candidature - déclarant en douane junior",
         text=_oce_move + "\n" + replied("fr", "2026-02-12 09:40", OCE[0], OCE[1], _oce_phone),
         cte="quoted-printable"),
    dict(kind="interview_reschedule_or_cancel", slug="flandres_update_sequence1", lang="fr",
         company="Flandres Transit", contact=FLA[1], key="fla_move", parent="fla_req",
         frm=FLA, date="2026-05-13 09:58",
         subject="Mis à jour : Entretien Déclarant en douane - L. Abara-Koenig",
         text=_fla_move + "\n" + outlook_block("fr", ME, "2026-05-12 19:40", FLA,
                                               "RE: Convocation à un entretien - Déclarant en douane - Dunkerque",
                                               _fla_req_quoted),
         cte="base64",
         ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000FLA0519", seq=1,
                  start="2026-05-21 10:00", end="2026-05-21 11:00",
                  summary="Entretien Déclarant en douane - L. Abara-Koenig",
                  location="Flandres Transit, 2 rue du Quai Freycinet, 59140 Dunkerque",
                  organizer=FLA,
                  attendees=[("Stéphane Coolen", "s.coolen@flandres-transit.example.fr")])),
    dict(kind="interview_reschedule_or_cancel", slug="mpe_trial_day_cancel", lang="fr",
         company="Manutention Portuaire de l'Estuaire", contact=MPE[1], key="mpe_cancel",
         parent="mpe_trial",
         frm=MPE, date="2026-04-13 18:10",
         subject="Annulé : Journée en situation - mercredi 15 avril",
         text=_mpe_cancel, cte="8bit",
         ics=dict(method="CANCEL", uid="mpe-trial-0415@mpe-lehavre.example.fr", seq=1,
                  start="2026-04-15 07:30", end="2026-04-15 15:30",
                  summary="Journée en situation - agent de pointage et déclarations",
                  location="Poste de garde, Terminal de l'Océan, route de l'Estuaire, Le Havre",
                  organizer=MPE)),
    dict(kind="interview_reschedule_or_cancel", slug="albatre_assessment_postponed", lang="fr",
         company="Armement Côte d'Albâtre", contact=ALB[1], key="alb_postpone", parent="alb_assess",
         frm=ALB, date="2026-04-03 12:14",
         subject="Report du centre d’évaluation du 8 avril", subj_enc=("windows-1252", "B"),
         text=_alb_postpone, charset="windows-1252", cte="8bit"),
    dict(kind="interview_reschedule_or_cancel", slug="mercier_interviewer_ill_moved", lang="fr",
         company="Hexaport Logistique", contact=MER[1], key="mercier_move", parent="mercier_inv",
         frm=MER, date="2026-03-16 18:40",
         subject="Entretien Hexaport décalé au 24 mars", subj_enc=("utf-8", "Q"),
         text=_mer_move, cte="8bit"),
    dict(kind="interview_reschedule_or_cancel", slug="comptoir_switch_to_onsite_html", lang="fr",
         company="Comptoir Normand des Vins", contact=CNV[1], key="cnv_move", parent="cnv_inv",
         frm=CNV, date="2026-05-29 10:22",
         subject="Entretien : changement de lieu et d'horaire",
         html=simple_html(paras_of(_cnv_onsite)), cte="quoted-printable"),
    dict(kind="interview_reschedule_or_cancel", slug="dma_meeting_cancelled_new_date_later",
         lang="fr", company="Dunkerque Maritime Agence", contact=DMA[1], key="dma_cancel",
         parent="dma_inv",
         frm=DMA, date="2026-06-10 08:05",
         subject="Annulation de notre rendez-vous de vendredi",
         text=_dma_cancel, charset="windows-1252", cte="quoted-printable"),
    # ================================================ interview_reschedule_or_cancel en (4)
    dict(kind="interview_reschedule_or_cancel", slug="scheldt_greenhouse_pick_new_time",
         lang="en", company="Scheldt Forwarding Partners",
         contact="femke.janssens@scheldtforwarding.example.be", key="scheldt_move",
         parent="scheldt_inv",
         frm=("Femke Janssens via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=("Femke Janssens", "femke.janssens@scheldtforwarding.example.be"),
         date="2026-06-12 16:03",
         subject="Action needed: please reschedule your interview with Scheldt Forwarding Partners",
         text=_scheldt_conflict + "\nPick a new time: https://app.greenhouse.example.com/scheduling/s/8fz2kq-r\n",
         html=ats_card("Scheldt Forwarding Partners", paras_of(_scheldt_conflict), accent="#24a47f",
                       button=("Pick a new time",
                               "https://app.greenhouse.example.com/scheduling/s/8fz2kq-r"))),
    dict(kind="interview_reschedule_or_cancel", slug="brabant_ill_sequence_bump", lang="en",
         company="Brabant Import Group", contact=BRA[1], key="bra_move", parent="bra_req",
         frm=BRA, date="2026-09-16 11:27",
         subject="Updated invitation: Interview Customs Declarant - L. Abara-Koenig",
         text=_bra_move + "\n" + _bra_disclaimer + "\n\n"
              + outlook_block("en", ME, "2026-09-15 07:55", BRA,
                              "RE: Invitation to interview - Customs Declarant (French-speaking desk)",
                              _bra_req_quoted),
         html=outlook_html(paras_of(_bra_move)[:-1], lang="en",
                           signature=["Liesbeth Maes", "HR Officer", "Brabant Import Group"],
                           disclaimer=_bra_disclaimer,
                           quoted=outlook_block("en", ME, "2026-09-15 07:55", BRA,
                                                "RE: Invitation to interview - Customs Declarant "
                                                "(French-speaking desk)", _bra_req_quoted)),
         ics=dict(method="REQUEST", uid="bra-interview-lak@brabant-import.example.be", seq=1,
                  start="2026-09-29 10:00", end="2026-09-29 11:00",
                  summary="Interview Customs Declarant - L. Abara-Koenig",
                  location="Brabant Import Group, Blauwe Weg 30, 2030 Antwerpen",
                  organizer=BRA, attendees=[("Dirk Hermans", "dirk.hermans@brabant-import.example.be")])),
    dict(kind="interview_reschedule_or_cancel", slug="polaris_calendar_cancel", lang="en",
         company="Polaris Cold Chain", contact=POL[1], key="polaris_cancel", parent="polaris_inv",
         frm=POL, date="2026-01-23 08:49",
         subject="Canceled: Polaris Cold Chain - interview Lionel Abara-Koenig",
         text=_pol_cancel,
         ics=dict(method="CANCEL", uid="polaris-meet-0126@polaris-coldchain.example.de", seq=1,
                  start="2026-01-26 14:00", end="2026-01-26 14:45",
                  summary="Polaris Cold Chain - interview Lionel Abara-Koenig",
                  location="Google Meet", organizer=POL)),
    dict(kind="interview_reschedule_or_cancel", slug="talentbridge_client_call_moved", lang="en",
         company="Northsea Bonded Warehousing", contact=TB[1], key="tb_move", parent="tb_inv",
         frm=TB, date="2026-03-11 17:20", tz="+0000",
         subject="Re: Northsea Bonded want to meet you",
         text=_tb_move + "\n" + replied("en", "2026-03-05 11:50", TB[0], TB[1], _tb_chat)),
    # ================================================ interview_reschedule_or_cancel de (2)
    dict(kind="interview_reschedule_or_cancel", slug="elbkai_interviewer_ill", lang="de",
         company="Elbkai Spedition", contact=ELB[1], key="elb_move", parent="elb_inv",
         frm=ELB, date="2026-08-13 15:36",
         subject="Verschiebung Ihres Videointerviews am 14. August",
         text=_elb_ill, cte="quoted-printable"),
    dict(kind="interview_reschedule_or_cancel", slug="kroeger_probearbeitstag_sequence1", lang="de",
         company="Spedition Kröger & Voss", contact=KV[1], key="kroeger_move", parent="kv_inv",
         frm=KV, date="2026-05-28 08:12",
         subject="Aktualisiert: Probearbeitstag Zollabwicklung - L. Abara-Koenig",
         text=_kv_move, cte="base64",
         ics=dict(method="REQUEST", uid="kv-probearbeit-lak@kroeger-voss.example.de", seq=1,
                  start="2026-06-09 07:00", end="2026-06-09 15:00",
                  summary="Probearbeitstag Zollabwicklung - L. Abara-Koenig",
                  location="Am Veringhafen 12, 21107 Hamburg", organizer=KV)),
    # ================================================ interview_reschedule_or_cancel es (2)
    dict(kind="interview_reschedule_or_cancel", slug="aduanas_estrecho_time_change", lang="es",
         company="Aduanas del Estrecho", contact=ADE[1], key="ade_move", parent="ade_inv",
         frm=ADE, date="2026-09-21 09:18",
         subject="Cambio de hora - entrevista del 23 de septiembre",
         text=_ade_hora, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="interview_reschedule_or_cancel", slug="alboran_call_cancelled", lang="es",
         company="Naviera Alborán Express", contact=NAV[1], key="nav_cancel", parent="nav_inv",
         frm=NAV, date="2026-07-09 10:41",
         subject="Re: Su candidatura - administrativo de exportación",
         text=_nav_cancel + "\n" + replied("es", "2026-07-07 17:25", NAV[0], NAV[1], _nav_phone),
         cte="8bit"),
    # ================================================ missed_interview_notice fr (5)
    dict(kind="missed_interview_notice", slug="dcn_tried_calling_twice", lang="fr",
         company="Douane Conseil Normandie", contact="s.lecoeur@dcn-douane.example.fr",
         key="dcn_missed", parent="dcn_phone",
         frm=("Sandrine Lecoeur", "s.lecoeur@dcn-douane.example.fr"),
         date="2026-01-22 10:31",
         subject="Entretien téléphonique de ce matin", subj_enc=("iso-8859-1", "B"),
         text=_dcn_missed_quoted, cte="quoted-printable"),
    dict(kind="missed_interview_notice", slug="sillage_client_waited_unnamed", lang="fr",
         company="Sillage Intérim", contact="aurelie.tessier@sillage-interim.example.fr",
         key="sillage_missed", parent="sillage_ack",
         frm=("Aurélie Tessier", "aurelie.tessier@sillage-interim.example.fr"),
         date="2026-06-24 09:05",
         subject="Rendez-vous de ce matin",
         text=_sillage_missed, cte="8bit"),
    dict(kind="missed_interview_notice", slug="lsa_waited_on_teams", lang="fr",
         company="Logistique Seine Aval", contact="marion.collet@seine-aval-logistique.example.fr",
         key="lsa_missed", parent="lsa_inv",
         frm=("Marion Collet", "marion.collet@seine-aval-logistique.example.fr"),
         date="2026-07-24 10:02",
         subject="Notre entretien de 9h30",
         text=_lsa_missed, html=simple_html(paras_of(_lsa_missed)), cte="base64"),
    dict(kind="missed_interview_notice", slug="guerin_nobody_at_depot", lang="fr",
         company="Transports Guérin", contact="didier.guerin@transports-guerin.example.fr",
         key="guerin_missed", parent="guerin_inv",
         frm=("Didier Guérin", "didier.guerin@transports-guerin.example.fr"),
         date="2026-10-09 08:12",
         subject="Re: dispo jeudi ?",
         text=_guerin_missed + "\n" + replied("fr", "2026-10-05 19:12", "Didier Guérin",
                                                   "didier.guerin@transports-guerin.example.fr", _guerin),
         cte="quoted-printable"),
    dict(kind="missed_interview_notice", slug="nfa_not_connected_html_only", lang="fr",
         company="Normandie Fret Aérien", contact="s.lecanu@nfa-carpiquet.example.fr",
         frm=("Sophie Lecanu", "s.lecanu@nfa-carpiquet.example.fr"),
         date="2026-03-12 15:05",
         subject="Entretien en visioconférence du 12 mars",
         html=simple_html(paras_of(_nfa_missed)), cte="quoted-printable"),
    # ================================================ missed_interview_notice en (2)
    dict(kind="missed_interview_notice", slug="kaai_waited_on_teams", lang="en",
         company="Kaai Customs Brokers", contact=KAAI[1], key="kaai_missed", parent="kaai_inv",
         frm=KAAI, date="2026-07-09 10:21",
         subject="Your interview this morning",
         text=_kaai_missed_quoted, html=simple_html(paras_of(_kaai_missed_quoted), lang="en")),
    dict(kind="missed_interview_notice", slug="lowlands_tried_calling_twice", lang="en",
         company="Lowlands Port Services", contact="pieter.claes@lowlandsport.example.be",
         key="lowlands_missed", parent="lowlands_ack",
         frm=("Pieter Claes", "pieter.claes@lowlandsport.example.be"),
         date="2026-05-14 14:24",
         subject="Missed call - Junior Customs Agent phone screen",
         text=_lowlands_missed),
    # ================================================ missed_interview_notice de (2)
    dict(kind="missed_interview_notice", slug="hza_zweimal_angerufen", lang="de",
         company="Hanseatische Zollagentur Brandt", contact=HZA[1], key="hza_missed",
         parent="hza_inv",
         frm=HZA, date="2026-09-03 10:40",
         subject="Unser Telefoninterview heute um 10:00 Uhr",
         text=_hza_missed, charset="iso-8859-1", cte="8bit"),
    dict(kind="missed_interview_notice", slug="alster_client_waited_pfoertner", lang="de",
         company="Wilhelmsburg Kühllogistik", contact=ALS[1], key="alster_missed", parent="als_inv",
         frm=ALS, date="2026-04-24 08:47",
         subject="Termin bei Wilhelmsburg Kühllogistik heute früh", subj_enc=("iso-8859-1", "Q"),
         text=_als_missed, cte="base64"),
    # ================================================ missed_interview_notice es (1)
    dict(kind="missed_interview_notice", slug="carnero_no_conectado", lang="es",
         company="Terminal Marítima Punta Carnero", contact=TPC[1], key="carnero_missed",
         parent="tpc_inv",
         frm=TPC, date="2026-09-01 11:30",
         subject="Videollamada de hoy - Técnico de Aduanas",
         text=_tpc_missed, cte="quoted-printable"),
]
