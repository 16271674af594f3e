"""Corpus 237, kind `rejection`: 31 hand-written specs (fr 15, en 8, de 4, es 4)."""

from __future__ import annotations

from msgs237_common import (
    CANDIDATE,
    ats_card,
    outlook_block,
    outlook_html,
    paras_of,
    replied,
    simple_html,
    txt,
)

ME = CANDIDATE

# ---------------------------------------------------------------------------- French

_veronneau = txt("""
    Bonjour Lionel,

    Nous vous remercions de l'intérêt que vous portez au Groupe Véronneau et du temps consacré à votre candidature au poste de Déclarant en douane junior (réf. R-04417) basé à Paris 12e.

    Après un examen attentif de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

    Votre profil reste enregistré dans notre vivier de talents ; n'hésitez pas à consulter nos offres sur notre site carrières.

    L'équipe Talents
    Groupe Véronneau
""")

_dcn_missed_quoted = txt("""
    Bonjour Monsieur Abara-Koenig,

    Nous avions rendez-vous ce jeudi 22 janvier à 10h00 pour un entretien téléphonique. J'ai essayé de vous joindre deux fois au 06 71 48 22 90, sans réponse, et je vous ai laissé un message vocal.

    Sandrine Lecoeur
    Chargée de recrutement - Douane Conseil Normandie
""")

_dcn_apology_quoted = txt("""
    Bonjour Madame Lecoeur,

    Je suis vraiment désolé : j'étais de poste au quai et mon téléphone était resté au vestiaire. Serait-il possible de reprogrammer l'entretien ? Je suis disponible toute la semaine prochaine après 14h.

    Cordialement,
    Lionel Abara-Koenig
""")

_dcn = txt("""
    Bonjour Monsieur Abara-Koenig,

    Merci pour votre message et vos explications, je comprends tout à fait que cela puisse arriver.

    Cependant, nous avons avancé avec les autres candidats en parallèle et une personne a accepté notre proposition hier. Je ne suis donc plus en mesure de vous proposer un nouvel échange pour le poste d'assistant déclarant.

    Je vous souhaite bonne chance dans vos recherches.

    Sandrine Lecoeur
    Chargée de recrutement
    Douane Conseil Normandie - 14 quai de Boisguilbert - 76000 Rouen
    02 35 70 41 18
""") + "\n" + replied("fr", "2026-01-22 18:05", "Lionel Abara-Koenig", ME[1], _dcn_apology_quoted
                   + "\n" + replied("fr", "2026-01-22 10:31", "Sandrine Lecoeur", "s.lecoeur@dcn-douane.example.fr", _dcn_missed_quoted))

_mpe = txt("""
    Bonjour Lionel,

    Comme promis lors de l'annulation de la journée en situation du 15 avril, je reviens vers vous.

    Le poste d'agent de pointage et déclarations a finalement été confié à un collaborateur de notre équipe quai qui avait postulé en interne. Il connaît déjà nos clients et nos procédures, la direction a préféré cette solution.

    Nous ne donnerons donc pas suite à votre candidature, et je le regrette car votre parcours de cariste nous plaisait.

    Bien à vous,
    Mathieu Rabel
    Chef d'exploitation
    Manutention Portuaire de l'Estuaire
    Terminal de l'Océan - Route de l'Estuaire - 76600 Le Havre
""")

_mercier_disclaimer = ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement "
                       "à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer "
                       "l'expéditeur et de le détruire. Cabinet Mercier Recrutement SARL - RCS Paris.")
_mercier = txt("""
    Bonjour Lionel,

    J'ai eu ce matin le retour d'Hexaport Logistique après votre entretien du 24 mars avec M. Fabre.

    Ils ont apprécié votre motivation et votre connaissance du terrain, mais ils ont finalement choisi un déclarant qui pratique déjà DELTA G depuis trois ans. Ce n'est donc pas une suite favorable, et j'en suis sincèrement déçue pour vous.

    Je garde votre dossier sous le coude : d'autres commissionnaires en douane nous confient régulièrement des postes de ce type.

    Belle journée,
    Béatrice Mercier
    Associée - Cabinet Mercier Recrutement
    27 rue de Rome - 75008 Paris
    01 44 90 12 75
""")
_mercier_sig = ["Béatrice Mercier", "Associée - Cabinet Mercier Recrutement",
                "27 rue de Rome - 75008 Paris", "01 44 90 12 75"]

_caen = txt("""
    Bonjour,

    Le poste d'assistant transit est pourvu. Merci pour votre candidature et bonne continuation.

    G. Marchetti
    Caen Logistique Import
""")

_albatre = txt("""
    Bonjour Lionel,

    Nous revenons vers vous au sujet du poste d'Assistant documentation & douane.

    Notre service export est en cours de réorganisation et la direction a gelé ce recrutement jusqu'à nouvel ordre. Le centre d'évaluation que nous avions reporté n'aura pas lieu et le processus s'arrête ici pour ce poste.

    Nous sommes désolés de ce contretemps et vous remercions pour votre patience.

    Nadia Ferhat
    Responsable recrutement
    Armement Côte d'Albâtre
""")

_cereales = txt("""
    Bonjour Monsieur,

    Nous avons bien reçu et étudié votre candidature au poste de déclarant export céréales.

    Nous avons reçu de nombreuses candidatures de qualité et avons décidé de poursuivre avec des profils dont l’expérience en déclaration export est plus directement transposable à nos flux (Maghreb, Afrique de l’Ouest).

    Nous saluons néanmoins votre démarche de reconversion et la formation que vous avez mise en œuvre.

    Avec nos salutations distinguées,

    Patrick Goujon
    Responsable administratif
    Rouen Céréales Export – Quai de Grand-Couronne – 76530 Grand-Couronne
""")

_apology_sillage = txt("""
    Bonjour Aurélie,

    Toutes mes excuses pour ce matin : mon bus a été supprimé et je n'avais plus de batterie pour prévenir. Pouvez-vous demander à votre client s'il accepterait de me recevoir un autre jour ?

    Lionel
""")
_sillage = txt("""
    Bonjour Lionel,

    J'ai pu échanger avec mon client hier après-midi.

    Il a préféré ne pas donner suite pour la mission d'agent de transit import. Le rendez-vous manqué a pesé, je ne vais pas vous le cacher, mais il a aussi trouvé entre-temps quelqu'un de disponible immédiatement.

    Je continue à vous proposer des missions de cariste en attendant, et je pense à vous si un autre poste en douane se présente.

    Aurélie Tessier
    Chargée de recrutement - Sillage Intérim Le Havre
    06 12 55 83 40
""") + "\n" + replied("fr", "2026-06-24 11:02", "Lionel Abara-Koenig", ME[1], _apology_sillage)

_bouchard_thanks = txt("""
    Bonjour Monsieur Bouchard,

    Merci encore pour l'entretien de ce matin et pour la visite de l'entrepôt sous douane. La façon dont vous gérez les apurements de régime m'a beaucoup intéressé.

    Je reste disponible pour un deuxième échange si besoin.

    Bien cordialement,
    Lionel Abara-Koenig
""")
_bouchard = txt("""
    Bonjour Lionel,

    Merci pour votre message, ça fait toujours plaisir.

    Je dois malheureusement vous dire que nous avons retenu un autre candidat pour le poste de gestionnaire douane et stocks. Le choix a été serré, il s'est joué sur l'expérience des régimes d'entrepôt.

    Bonne route à vous,
    Franck Bouchard
    Entrepôts Bouchard - ZI du Madrillet - Rouen
""") + "\n" + replied("fr", "2026-08-20 12:47", "Lionel Abara-Koenig", ME[1], _bouchard_thanks)

_delattre = txt("""
    Salut Lionel,

    Bon, je vais pas tourner autour du pot : on part sur quelqu'un d'autre pour la partie déclaration. Il avait déjà le code des douanes dans les doigts et on n'a pas le temps de former en ce moment, c'est la pleine saison des céréales.

    Rien de perso, ton passage au bureau était sympa et Josiane t'a trouvé carré.

    Si un poste de cariste te tente en attendant, fais-moi signe.

    Hervé
""")

_epices = txt("""
    Monsieur,

    Vous avez répondu à notre annonce pour un(e) déclarant(e) en douane sur notre site de Mondeville.

    Nous vous informons que ce recrutement est annulé : la direction a décidé de confier l'ensemble de nos opérations de dédouanement à un commissionnaire extérieur à compter de septembre. Le poste n'existe donc plus et votre candidature ne peut pas aboutir.

    Nous vous prions de nous excuser pour le temps que vous y avez consacré.

    Inès Kaddouri
    Ressources humaines
    Normandie Import Épices - 3 rue de l'Industrie - 14120 Mondeville
    Tél. 02 31 35 66 09
""")

_chc = txt("""
    Bonjour Lionel Abara-Koenig,

    Votre candidature au poste d'Agent de consignation et formalités douanières (Le Havre) a retenu toute notre attention.

    Toutefois, à l'issue de la phase de présélection, nous avons le regret de vous annoncer qu'elle n'est pas retenue.

    Nous vous souhaitons une pleine réussite dans vos projets professionnels.

    Compagnie Havraise de Consignation
    Direction des Ressources Humaines
""")

_portalys = txt("""
    Bonjour Lionel,

    Merci d'avoir passé le test de classement tarifaire et l'entretien avec notre responsable d'agence.

    Vos résultats au test sont encourageants, mais ils restent en dessous du niveau attendu pour un poste opérationnel dès la prise de fonction à Roissy. Nous ne sommes donc pas en mesure de vous proposer ce poste.

    Vous pourrez postuler à nouveau à nos offres d'ici six mois.

    Cordialement,
    Portalys Dédouanement - Recrutement
""")

_dkvrac = txt("""
    Monsieur Abara-Koenig,

    Nous vous remercions pour l'intérêt porté à Dunkerque Vrac Solutions et pour votre disponibilité.

    Pour ce poste de déclarant, nous travaillons quotidiennement avec les ports d'Anvers et de Zeebruges et nous avons finalement privilégié une candidature bilingue français-néerlandais. Votre dossier n'a donc pas été retenu.

    Nous vous adressons nos meilleurs vœux de réussite.

    Karine Dewaele
    Responsable RH
    Dunkerque Vrac Solutions
    Môle 5 - 59140 Dunkerque
    03 28 29 40 52
""")
_dkvrac_disclaimer = txt("""
    AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, toute diffusion, copie ou utilisation est interdite. Dunkerque Vrac Solutions SAS décline toute responsabilité en cas d'altération du message.
""")

_escale_invite_quoted = txt("""
    Bonjour Lionel,

    Le Terminal Fruitier du Havre souhaite vous rencontrer pour le poste d'agent de transit import (fruits et légumes). Rendez-vous mardi 29 septembre à 9h30 au bâtiment administratif, quai de la Saône. Pensez à votre pièce d'identité pour l'accès au terminal.

    Julien
""")
_escale = txt("""
    Bonjour Lionel,

    Retour du Terminal Fruitier du Havre ce matin : ils ne retiennent pas votre candidature pour l'agent de transit import.

    D'après la responsable, l'entretien s'est bien passé, mais ils cherchent quelqu'un qui connaît déjà les contrôles phytosanitaires et les certificats SIVEP. C'est un vrai point à travailler, je peux vous envoyer le programme d'une formation courte.

    On se rappelle la semaine prochaine pour faire le point sur les autres pistes ?

    Julien Morvan
    Consultant - Escale Emploi Intérim
    51 boulevard de Strasbourg - 76600 Le Havre
    02 35 19 77 60
""") + "\n" + replied("fr", "2026-09-24 16:20", "Julien Morvan", "julien.morvan@escale-emploi.example.fr", _escale_invite_quoted)

# ---------------------------------------------------------------------------- English

_scheldt_thanks = txt("""
    Dear Femke,

    Thank you for taking the time to interview me yesterday with Mr Wouters. I enjoyed hearing about the NCTS transit flows through the Deurganck dock and I am still very keen on the Customs Declarant role.

    Kind regards,
    Lionel Abara-Koenig
""")
_scheldt = txt("""
    Hi Lionel,

    Thank you for your kind note, and for the energy you brought to the conversation with Jeroen.

    After a lot of discussion we are not going to offer you the Customs Declarant position. The team needs someone who can handle Dutch-language declarations from day one, and that tipped the balance.

    I would genuinely like to stay in touch for future openings in our French desk.

    Best wishes,
    Femke Janssens
    Talent Partner | Scheldt Forwarding Partners
""") + "\n" + replied("en", "2026-06-18 19:12", "Lionel Abara-Koenig", ME[1], _scheldt_thanks)

_meridian = txt("""
    Dear Lionel,

    Thank you for applying for the Customs Documentation Clerk position (JR-22081) at Meridian Reefer Lines.

    We have now reviewed all applications. We regret to let you know that we will not be progressing your application to the next stage.

    We appreciate your interest in Meridian and wish you every success.

    Meridian Reefer Lines Talent Acquisition
""")

_lowlands = txt("""
    Hi Lionel,

    Thanks again for your interest in the Junior Customs Agent role at Lowlands Port Services, and sorry we couldn't connect by phone earlier this month.

    We've decided to move forward with candidates whose experience more closely matches what the team needs right now, particularly on excise goods.

    We'll keep your details on file and may reach out if something more suitable opens up.

    Pieter Claes
    Recruiter, Lowlands Port Services
""")

_talentbridge = txt("""
    Hello Lionel,

    I've just come off the phone with Northsea Bonded Warehousing.

    I'm afraid it's a no from them this time. They liked your hands-on warehouse background but want someone who has already run bonded stock reconciliations on their own, and a couple of the other shortlisted people had done exactly that.

    Please don't be discouraged: your profile is getting good reactions and I have two forwarding clients in mind for the spring.

    Speak soon,
    Oliver Grant
    Senior Consultant, Talentbridge Logistics Search
    +44 20 7946 0331
""")

_breakbulk = txt("""
    Thanks Lionel - we've gone another way on this one. Good luck with the search.

    Tom
""")

_dockside_quoted = txt("""
    Dear Ms Peeters,

    I am writing to follow up on my application for the Customs Assistant role sent on 30 June. Could you let me know where the process stands?

    Kind regards,
    Lionel Abara-Koenig
""")
_dockside = txt("""
    Dear Lionel,

    Thanks for following up, and apologies for the silence.

    The Customs Assistant vacancy has been filled internally: one of our warehouse coordinators moved across to the customs desk last week. We have therefore closed the external search.

    I'm sorry this isn't better news and I wish you the best with your applications.

    Kind regards,
    Sarah Peeters
    HR Business Partner
    Dockside Customs Solutions
    Noorderlaan 118, 2030 Antwerpen
    +32 3 555 01 92
""")
_dockside_disclaimer = ("This e-mail and any attachments are confidential and intended solely for the "
                        "addressee. If you are not the intended recipient, please notify the sender and "
                        "delete it. Dockside Customs Solutions NV, RPR Antwerpen.")

_harbourline = txt("""
    Hi Lionel,

    We wanted to give you an update on the Customs Operations Associate role you applied for.

    The role has been put on hold and we will not proceed with hiring for it this year. As a result we are closing all open applications, including yours.

    Thank you for your time and interest in Harbourline Freight Tech.

    The Harbourline Talent Team
""")

_polaris = txt("""
    Dear Lionel,

    Thank you for speaking with us for the Customs Coordinator role in Hamburg, and for your flexibility when we had to cancel the first call.

    We won't be taking your application further. We need someone already familiar with ATLAS, the German customs system, and with German as a working language.

    All the best for your next steps,

    Emma Lindqvist
    People & Culture
    Polaris Cold Chain
""")

# ---------------------------------------------------------------------------- German

_hza = txt("""
    Sehr geehrter Herr Abara-Koenig,

    vielen Dank für Ihre Nachricht und Ihre Erklärung zum verpassten Telefonat.

    Nach Rücksprache mit unserer Abteilungsleitung haben wir uns entschieden, das Auswahlverfahren für die Position Zollsachbearbeiter (m/w/d) nur mit anderen Bewerberinnen und Bewerbern fortzusetzen.

    Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

    Mit freundlichen Grüßen

    Kerstin Möller
    Personalabteilung
    Hanseatische Zollagentur Brandt
    Große Elbstraße 145 · 22767 Hamburg
""")
_hza_apology_quoted = txt("""
    Sehr geehrte Frau Möller,

    es tut mir sehr leid, dass Sie mich heute Vormittag nicht erreicht haben. Mein Telefon hatte im Hafen kein Netz. Wäre ein neuer Termin für das Telefoninterview möglich, zum Beispiel am Montag oder Dienstag?

    Mit freundlichen Grüßen
    Lionel Abara-Koenig
""")
_hza_missed_quoted = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wir hatten für heute, 10:00 Uhr, ein Telefoninterview vereinbart. Ich habe Sie zweimal unter +33 6 71 48 22 90 angerufen, leider ohne Erfolg.
""")
_hza = _hza + "\n" + replied("de", "2026-09-03 17:51", "Lionel Abara-Koenig", ME[1], _hza_apology_quoted
    + "\n" + replied("de", "2026-09-03 10:40", "Kerstin Möller", "k.moeller@hza-brandt.example.de", _hza_missed_quoted))

_norderelbe = txt("""
    Guten Tag Herr Abara-Koenig,

    haben Sie vielen Dank für Ihre Bewerbung als Mitarbeiter Zollabfertigung (m/w/d) und das damit verbundene Interesse an der Norderelbe Container Terminal.

    Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

    Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

    Ihr Recruiting-Team der Norderelbe Container Terminal
""")

_alster = txt("""
    Hallo Herr Abara-Koenig,

    kurze Rückmeldung von Wilhelmsburg Kühllogistik: Der Kunde hat sich für einen anderen Kandidaten entschieden, der schon länger im Kühlhaus mit Zollware gearbeitet hat.

    Schade, nach dem Neustart mit dem zweiten Termin hatte ich ein gutes Gefühl. Ich melde mich, sobald ich eine passende Stelle im Hafen habe.

    Viele Grüße
    Jan-Ole Petersen
    Personaldisponent | Alster Personalservice
    Tel. 040 3861 4470
""")

_kroeger = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wir hatten Ihnen zuletzt einen neuen Termin für den Probearbeitstag in Aussicht gestellt.

    Inzwischen hat sich die Lage geändert: Die Stelle in der Zollabwicklung wurde intern mit einer Kollegin aus unserer Disposition besetzt, die sich weiterbilden möchte. Ein Probearbeitstag findet daher nicht mehr statt.

    Wir bedauern das und danken Ihnen für Ihr Interesse an unserem Haus.

    Freundliche Grüße
    Birgit Kröger
    Geschäftsführung
    Spedition Kröger & Voss GmbH & Co. KG – Am Veringhafen 12 – 21107 Hamburg
""")

# ---------------------------------------------------------------------------- Spanish

_carnero = txt("""
    Estimado Lionel:

    Gracias por su correo explicando lo ocurrido el día de la videollamada.

    Tras revisar de nuevo su candidatura con el responsable del departamento, hemos decidido no continuar con el proceso para el puesto de Técnico de Aduanas. Nos encontramos ya en la fase final con otras personas candidatas.

    Le agradecemos el interés mostrado en nuestra terminal.

    Un cordial saludo,
    Rocío Jiménez
    Selección de Personal
    Terminal Marítima Punta Carnero
""")

_bahia = txt("""
    Buenos días, Sr. Abara-Koenig:

    Le agradecemos su interés en el puesto de Auxiliar de Aduanas en Transitarios Bahía de Algeciras.

    Hemos valorado su candidatura con atención; sin embargo, su perfil no se ajusta en este momento a lo que buscamos, ya que necesitamos experiencia previa en despachos de importación de terceros países.

    Conservaremos su currículum por si surgiera otra vacante.

    Atentamente,
    Manuel Ortega
    Dpto. de Recursos Humanos
""")

_ett = txt("""
    Hola Lionel:

    Te escribo porque ya tengo respuesta de Frigoríficos Bahía Sur.

    Lamentablemente han optado por otra persona para el puesto de administrativo de aduanas: buscaban a alguien que ya hubiera tramitado inspecciones en el PCF del puerto.

    Sigo con tu perfil activo en nuestra agencia y te aviso en cuanto salga algo en el Campo de Gibraltar.

    Un abrazo,
    Lucía Navarro
    Consultora de selección · Estrecho Talento ETT
    Tel. 956 63 21 80
""")

_ledesma = txt("""
    Hola Lionel,

    Al final no va a poder ser. Mi hermano quiere meter en la oficina a un chaval de aquí que ya conoce a todos los agentes del puerto, y ya sabes cómo va esto en una empresa familiar.

    Me supo mal decírtelo por teléfono, así que te lo pongo por escrito. Si vuelves por Algeciras, te invito a un café.

    Paco
""")


MESSAGES = [
    # ------------------------------------------------------------------ fr (15)
    dict(kind="rejection", slug="veronneau_workday_formal", lang="fr", company="Groupe Véronneau",
         contact="", key="ver_rej", parent="ver_ack",
         frm=("Groupe Véronneau", "veronneau@myworkday.com"),
         date="2026-02-05 16:42", tz="+0000",
         subject="Votre candidature – Déclarant en douane junior (R-04417)", subj_enc=("utf-8", "Q"),
         html=ats_card("Groupe Véronneau", paras_of(_veronneau), lang="fr", accent="#7a1f3d",
                       footer=["Ce message a été envoyé automatiquement depuis notre outil de "
                               "recrutement. Merci de ne pas y répondre."]),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="rejection", slug="dcn_after_missed_call", lang="fr", company="Douane Conseil Normandie",
         contact="s.lecoeur@dcn-douane.example.fr", key="dcn_rej",
         parent="<20260122.1805.lak@example.fr>",
         frm=("Sandrine Lecoeur", "s.lecoeur@dcn-douane.example.fr"),
         date="2026-01-29 09:14",
         subject="RE: Entretien téléphonique du 22 janvier - Assistant déclarant",
         text=_dcn, cte="quoted-printable"),
    dict(kind="rejection", slug="mpe_filled_internally", lang="fr",
         company="Manutention Portuaire de l'Estuaire", contact="m.rabel@mpe-lehavre.example.fr",
         key="mpe_rej", parent="mpe_cancel",
         frm=("Mathieu Rabel", "m.rabel@mpe-lehavre.example.fr"),
         date="2026-05-04 11:20",
         subject="Poste agent de pointage et déclarations",
         text=_mpe, html=simple_html(paras_of(_mpe)), cte="quoted-printable"),
    dict(kind="rejection", slug="mercier_client_hexaport_no", lang="fr", company="Hexaport Logistique",
         contact="b.mercier@mercier-recrutement.example.fr", key="mercier_rej", parent="mercier_move",
         frm=("Béatrice Mercier", "b.mercier@mercier-recrutement.example.fr"),
         name_enc=("iso-8859-1", "Q"),
         date="2026-04-02 10:05",
         subject="Hexaport Logistique : leur décision", subj_enc=("iso-8859-1", "B"),
         text=_mercier + "\n" + _mercier_disclaimer + "\n",
         html=outlook_html(paras_of(_mercier)[:-1], signature=_mercier_sig,
                           disclaimer=_mercier_disclaimer),
         cte="base64", headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
    dict(kind="rejection", slug="caen_terse_filled", lang="fr", company="Caen Logistique Import",
         contact="gilles.marchetti@caenlogimport.example.fr", key="caen_rej", parent="caen_ack",
         frm=("Gilles Marchetti", "gilles.marchetti@caenlogimport.example.fr"),
         date="2026-01-26 17:58",
         subject="RE: Candidature assistant transit - L. Abara-Koenig",
         text=_caen, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="rejection", slug="albatre_role_on_hold", lang="fr", company="Armement Côte d'Albâtre",
         contact="nadia.ferhat@cote-albatre-lines.example.fr", key="alb_rej", parent="alb_postpone",
         frm=("Armement Côte d'Albâtre", "no-reply@smartrecruiters.com"), name_enc=("iso-8859-1", "Q"),
         reply_to=("Nadia Ferhat", "nadia.ferhat@cote-albatre-lines.example.fr"),
         date="2026-04-28 08:30", tz="+0000",
         subject="Assistant documentation & douane - point sur votre candidature",
         text=_albatre,
         html=ats_card("Armement Côte d'Albâtre", paras_of(_albatre), lang="fr", accent="#0d4f8b",
                       footer=["Propulsé par SmartRecruiters"])),
    dict(kind="rejection", slug="cereales_soft_profiles", lang="fr", company="Rouen Céréales Export",
         contact="p.goujon@rouen-cereales.example.fr",
         frm=("Patrick Goujon", "p.goujon@rouen-cereales.example.fr"),
         date="2026-02-18 14:37",
         subject="Votre candidature – déclarant export", subj_enc=("windows-1252", "Q"),
         text=_cereales, charset="windows-1252", cte="8bit"),
    dict(kind="rejection", slug="sillage_client_unnamed_no", lang="fr", company="Sillage Intérim",
         contact="aurelie.tessier@sillage-interim.example.fr", key="sillage_rej",
         parent="sillage_apology",
         frm=("Aurélie Tessier", "aurelie.tessier@sillage-interim.example.fr"),
         date="2026-07-03 09:48",
         subject="Re: Rendez-vous de ce matin",
         text=_sillage, cte="8bit"),
    dict(kind="rejection", slug="bouchard_after_interview_thanks", lang="fr",
         company="Entrepôts Bouchard", contact="franck@entrepots-bouchard.example.fr",
         parent="<20260820.1247.lak@example.fr>",
         frm=("Franck Bouchard", "franck@entrepots-bouchard.example.fr"),
         date="2026-08-26 18:03",
         subject="Re: Merci pour l'entretien",
         text=_bouchard, cte="quoted-printable"),
    dict(kind="rejection", slug="delattre_casual_other_guy", lang="fr",
         company="Agence Maritime Delattre", contact="herve.delattre@delattre-maritime.example.fr",
         frm=("Hervé Delattre", "herve.delattre@delattre-maritime.example.fr"),
         name_enc=("utf-8", "B"),
         date="2026-09-22 21:16",
         subject="la décla",
         text=_delattre, cte="8bit", headers=[("X-Mailer", "iPhone Mail (21F90)")]),
    dict(kind="rejection", slug="epices_recruitment_cancelled", lang="fr",
         company="Normandie Import Épices", contact="ines.kaddouri@normandie-epices.example.fr",
         frm=("Inès Kaddouri", "ines.kaddouri@normandie-epices.example.fr"),
         date="2026-03-30 15:10",
         subject="Recrutement déclarant(e) en douane – site de Mondeville",
         text=_epices, cte="base64"),
    dict(kind="rejection", slug="chc_taleo_preselection", lang="fr",
         company="Compagnie Havraise de Consignation", contact="", key="chc_rej", parent="chc_ack",
         frm=("Compagnie Havraise de Consignation", "chc-recrutement@taleo.net"),
         date="2026-08-04 06:12", tz="+0000",
         subject="Réponse à votre candidature - Agent de consignation et formalités douanières",
         subj_enc=("iso-8859-1", "Q"),
         text=_chc, html=simple_html(paras_of(_chc)), charset="iso-8859-1",
         html_charset="utf-8", cte="quoted-printable",
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="rejection", slug="portalys_icims_after_test", lang="fr", company="Portalys Dédouanement",
         contact="", key="portalys_rej", parent="portalys_test",
         frm=("Portalys Dédouanement", "portalys@icims.com"),
         date="2026-02-24 11:45", tz="-0500",
         subject="Suite de votre candidature chez Portalys",
         text=_portalys,
         html=ats_card("Portalys Dédouanement", paras_of(_portalys), lang="fr", accent="#e05a00",
                       footer=["Merci de ne pas répondre à ce message automatique."])),
    dict(kind="rejection", slug="dkvrac_bilingual_preferred", lang="fr",
         company="Dunkerque Vrac Solutions", contact="k.dewaele@dkvrac.example.fr",
         frm=("Karine Dewaele", "k.dewaele@dkvrac.example.fr"),
         date="2026-07-17 10:26",
         subject="Candidature au poste de déclarant",
         text=_dkvrac + "\n" + _dkvrac_disclaimer, cte="quoted-printable"),
    dict(kind="rejection", slug="escale_client_fruitier_no", lang="fr",
         company="Terminal Fruitier du Havre", contact="julien.morvan@escale-emploi.example.fr",
         parent="<20260924.1620.escale@escale-emploi.example.fr>",
         frm=("Julien Morvan", "julien.morvan@escale-emploi.example.fr"),
         date="2026-10-07 11:52",
         subject="Re: Entretien Terminal Fruitier - mardi 29/09 9h30",
         text=_escale, cte="base64"),
    # ------------------------------------------------------------------ en (8)
    dict(kind="rejection", slug="scheldt_after_interview_quotes_thanks", lang="en",
         company="Scheldt Forwarding Partners", contact="femke.janssens@scheldtforwarding.example.be",
         key="scheldt_rej", parent="scheldt_thanks",
         frm=("Femke Janssens via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=("Femke Janssens", "femke.janssens@scheldtforwarding.example.be"),
         date="2026-06-25 13:31",
         subject="Re: Thank you - Customs Declarant interview",
         text=_scheldt),
    dict(kind="rejection", slug="meridian_workday_not_progressing", lang="en",
         company="Meridian Reefer Lines", contact="", key="meridian_rej", parent="meridian_ack",
         frm=("Meridian Reefer Lines", "meridianreefer@myworkday.com"),
         date="2026-04-21 22:04", tz="+0000",
         subject="Update on your application: Customs Documentation Clerk",
         text=_meridian,
         html=ats_card("Meridian Reefer Lines", paras_of(_meridian), accent="#004c6d",
                       footer=["This is an automated message from Workday. Please do not reply."]),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="rejection", slug="lowlands_ashby_closer_match", lang="en",
         company="Lowlands Port Services", contact="pieter.claes@lowlandsport.example.be",
         key="lowlands_rej", parent="lowlands_missed",
         frm=("Pieter Claes via Ashby", "no-reply@ashbyhq.com"),
         reply_to=("Pieter Claes", "pieter.claes@lowlandsport.example.be"),
         date="2026-05-26 15:40",
         subject="Your application to Lowlands Port Services",
         text=_lowlands, html=simple_html(paras_of(_lowlands), lang="en")),
    dict(kind="rejection", slug="talentbridge_client_northsea_no", lang="en",
         company="Northsea Bonded Warehousing", contact="oliver.grant@talentbridge-search.example.co.uk",
         key="tb_rej", parent="tb_move",
         frm=("Oliver Grant", "oliver.grant@talentbridge-search.example.co.uk"),
         date="2026-03-20 16:55", tz="+0000",
         subject="Northsea Bonded - feedback",
         text=_talentbridge),
    dict(kind="rejection", slug="breakbulk_terse_other_way", lang="en",
         company="Antwerp Breakbulk Agencies", contact="tom.verbeke@abb-agencies.example.be",
         frm=("Tom Verbeke", "tom.verbeke@abb-agencies.example.be"),
         date="2026-10-02 08:03",
         subject="Re: Customs clerk vacancy",
         parent="<20260928.0911.lak@example.fr>",
         text=_breakbulk + "\n" + replied("en", "2026-09-28 09:11", "Lionel Abara-Koenig", ME[1], txt("""
             Dear Mr Verbeke,

             Following our short interview at the Kattendijkdok office, I wanted to confirm my interest in the customs clerk vacancy. I can start with a two-week notice.

             Best regards,
             Lionel
         """))),
    dict(kind="rejection", slug="dockside_filled_internally_outlook", lang="en",
         company="Dockside Customs Solutions", contact="sarah.peeters@dockside-customs.example.be",
         parent="<20260722.0840.lak@example.fr>",
         frm=("Sarah Peeters", "sarah.peeters@dockside-customs.example.be"),
         date="2026-07-28 12:18",
         subject="RE: Customs Assistant application - follow-up",
         text=_dockside + "\n" + _dockside_disclaimer + "\n\n"
              + outlook_block("en", ME, "2026-07-22 08:40",
                              ("Sarah Peeters", "sarah.peeters@dockside-customs.example.be"),
                              "Customs Assistant application - follow-up", _dockside_quoted),
         html=outlook_html(paras_of(_dockside)[:-1], lang="en",
                           signature=["Sarah Peeters", "HR Business Partner",
                                      "Dockside Customs Solutions",
                                      "Noorderlaan 118, 2030 Antwerpen", "+32 3 555 01 92"],
                           disclaimer=_dockside_disclaimer,
                           quoted=outlook_block("en", ME, "2026-07-22 08:40",
                                                ("Sarah Peeters",
                                                 "sarah.peeters@dockside-customs.example.be"),
                                                "Customs Assistant application - follow-up",
                                                _dockside_quoted)),
         headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Customs Assistant application - follow-up")]),
    dict(kind="rejection", slug="harbourline_lever_on_hold", lang="en",
         company="Harbourline Freight Tech", contact="", key="harbour_rej", parent="harbour_ack",
         frm=("Harbourline Freight Tech", "no-reply@hire.lever.co"),
         date="2026-08-19 17:26", tz="-0700",
         subject="An update on the Customs Operations Associate role",
         html=ats_card("Harbourline Freight Tech", paras_of(_harbourline), accent="#2b2d42",
                       footer=["Sent via Lever. You received this email because you applied "
                               "for a role at Harbourline Freight Tech."])),
    dict(kind="rejection", slug="polaris_not_further_base64", lang="en", company="Polaris Cold Chain",
         contact="emma.lindqvist@polaris-coldchain.example.de", key="polaris_rej",
         parent="polaris_cancel",
         frm=("Emma Lindqvist", "emma.lindqvist@polaris-coldchain.example.de"),
         name_enc=("utf-8", "B"),
         date="2026-02-16 10:09",
         subject="Customs Coordinator - Hamburg",
         text=_polaris, cte="base64"),
    # ------------------------------------------------------------------ de (4)
    dict(kind="rejection", slug="hza_after_missed_call", lang="de",
         company="Hanseatische Zollagentur Brandt", contact="k.moeller@hza-brandt.example.de",
         key="hza_rej", parent="<20260903.1751.lak@example.fr>",
         frm=("Kerstin Möller", "k.moeller@hza-brandt.example.de"), name_enc=("iso-8859-1", "Q"),
         date="2026-09-15 13:22",
         subject="AW: Ihr Telefoninterview am 3. September",
         text=_hza, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="rejection", slug="norderelbe_softgarden_formal", lang="de",
         company="Norderelbe Container Terminal", contact="", key="nct_rej", parent="nct_ack",
         frm=("Norderelbe Container Terminal", "noreply@softgarden.io"),
         date="2026-07-13 07:50", tz="+0000",
         subject="Ihre Bewerbung als Mitarbeiter Zollabfertigung (m/w/d)",
         html=ats_card("Norderelbe Container Terminal", paras_of(_norderelbe), lang="de",
                       accent="#003366",
                       footer=["Diese E-Mail wurde automatisch versendet. Bitte antworten Sie "
                               "nicht auf diese Nachricht."]),
         cte="quoted-printable"),
    dict(kind="rejection", slug="alster_client_wilhelmsburg_no", lang="de",
         company="Wilhelmsburg Kühllogistik", contact="jan-ole.petersen@alster-personal.example.de",
         key="alster_rej", parent="alster_missed",
         frm=("Jan-Ole Petersen", "jan-ole.petersen@alster-personal.example.de"),
         date="2026-05-06 16:14",
         subject="Rückmeldung Wilhelmsburg Kühllogistik", subj_enc=("utf-8", "B"),
         text=_alster, cte="8bit"),
    dict(kind="rejection", slug="kroeger_filled_internally", lang="de",
         company="Spedition Kröger & Voss", contact="b.kroeger@kroeger-voss.example.de",
         key="kroeger_rej", parent="kroeger_move",
         frm=("Birgit Kröger", "b.kroeger@kroeger-voss.example.de"), name_enc=("windows-1252", "B"),
         date="2026-06-19 09:31",
         subject="Probearbeitstag – Zollabwicklung", subj_enc=("windows-1252", "Q"),
         text=_kroeger, charset="windows-1252", cte="8bit"),
    # ------------------------------------------------------------------ es (4)
    dict(kind="rejection", slug="carnero_after_missed_video", lang="es",
         company="Terminal Marítima Punta Carnero", contact="rocio.jimenez@tpcarnero.example.es",
         key="carnero_rej", parent="carnero_missed",
         frm=("Rocío Jiménez", "rocio.jimenez@tpcarnero.example.es"),
         date="2026-09-08 12:40",
         subject="RE: Videollamada del 1 de septiembre",
         text=_carnero, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="rejection", slug="bahia_profile_not_matching", lang="es",
         company="Transitarios Bahía de Algeciras", contact="m.ortega@transitariosbahia.example.es",
         frm=("Manuel Ortega", "m.ortega@transitariosbahia.example.es"),
         date="2026-03-18 10:57",
         subject="Candidatura Auxiliar de Aduanas",
         text=_bahia, html=simple_html(paras_of(_bahia), lang="es"), cte="base64"),
    dict(kind="rejection", slug="ett_client_frigorificos_no", lang="es",
         company="Frigoríficos Bahía Sur", contact="lucia.navarro@estrechotalento.example.es",
         key="ett_rej",
         frm=("Lucía Navarro", "lucia.navarro@estrechotalento.example.es"), name_enc=("iso-8859-1", "B"),
         date="2026-03-06 13:15",
         subject="Respuesta de Frigoríficos Bahía Sur", subj_enc=("iso-8859-1", "Q"),
         text=_ett, cte="quoted-printable"),
    dict(kind="rejection", slug="ledesma_casual_family_firm", lang="es",
         company="Consignataria Hermanos Ledesma", contact="paco@hermanosledesma.example.es",
         frm=("Paco Ledesma", "paco@hermanosledesma.example.es"),
         date="2026-10-12 22:40",
         subject="lo del puesto",
         text=_ledesma, cte="8bit"),
]
