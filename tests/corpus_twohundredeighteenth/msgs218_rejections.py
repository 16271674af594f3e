"""Corpus 218: rejections - formal, soft, terse, relayed by agencies, after interviews."""

from msgs218_common import (ME, M, ats_card, forwarded, gmail_html, outlook_block, quote,
                            word_html, wrote)
from msgs218_invites import (CLAIRE, MTL_CANCEL, MTL_DISCLAIMER, IMT_INVITE, CBG_DISCLAIMER,
                             VALMEUSE_INVITE)
from msgs218_other import MAASSTAD_THANKS, DVG_THANKS, MOVINORTE_THANKS

MESSAGES = []
add = MESSAGES.append

# --- Métropole Transports Lille: filled internally, quotes the cancellation (Outlook block)
T = """Bonjour Monsieur Nakamura-Leroy,

Je reviens vers vous comme promis au sujet du poste de Régulateur·rice planification (réf. MTL-2026-041).

Après l'annulation du panel du 30 avril, la direction a finalement choisi de confier ce poste à une collègue du service exploitation, qui en assurait déjà l'intérim depuis février. Le recrutement externe est donc clôturé et votre candidature ne pourra pas aboutir.

Je regrette sincèrement ce dénouement, d'autant que votre expérience de conducteur avait retenu l'attention de Mme Caron. Je me permets de conserver votre dossier pour nos prochains besoins en régulation.

Bien cordialement,

Claire Vandamme
Chargée de recrutement – Direction des Ressources Humaines
Métropole Transports Lille
12 rue de l'Intermodalité, 59000 Lille
Tél. +33 3 20 00 41 17

""" + MTL_DISCLAIMER + "\n\n" + outlook_block(
    "fr", "Claire Vandamme", "mardi 28 avril 2026 16:42", "Baptiste Nakamura-Leroy",
    "Annulé : Panel – Régulateur·rice planification – 30 avr. 2026") + "\n\n" + MTL_CANCEL
add(M(kind="rejection", slug="mtl_filled_internally", lang="fr",
      company="Métropole Transports Lille", contact=CLAIRE[1], irt="mtl_cancel", frm=CLAIRE,
      subject="RE: Annulé : Panel – Régulateur·rice planification – 30 avr. 2026",
      date="2026-05-19 10:05", text=T, html=word_html(T),
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

# --- Maasstad Transit: after the interview, quotes the candidate's thank-you
SANNE = ("Sanne de Wit", "sanne.dewit@maasstadtransit.example.nl")
T = """Hi Baptiste,

Thank you for your kind note after Thursday - Pieter and Anouk appreciated it too.

I'm sorry to say I don't have the news you were hoping for. The panel has offered the Network Scheduling Officer position to a candidate who has already run two timetable changes in HASTUS at another operator, and that hands-on tooling experience tipped the balance.

Your depot knowledge came through very clearly. If you do take the HASTUS course you mentioned, please look at us again: we expect junior planner openings in the autumn and I'd be glad to see your name.

All the best,
Sanne

Sanne de Wit | Talent Acquisition Partner
Maasstad Transit | Stationsplein 40, 3013 AK Rotterdam
+31 10 000 4471

""" + wrote("en", "Thu, 19 Feb 2026 at 18:40", *ME) + "\n" + quote(MAASSTAD_THANKS)
add(M(kind="rejection", slug="maasstad_after_interview_quotes_thanks", lang="en",
      company="Maasstad Transit", contact=SANNE[1], irt="maasstad_thanks", frm=SANNE,
      subject="Re: Thank you - interview for Network Scheduling Officer",
      date="2026-02-26 16:12", text=T, html=gmail_html(T)))

# --- Domstadt: after the assessment centre, quotes the thank-you ("Am ... schrieb")
JANA = ("Jana Weißenborn", "jana.weissenborn@dvg-koeln.example.de")
T = """Sehr geehrter Herr Nakamura-Leroy,

vielen Dank für Ihre freundlichen Zeilen und Ihre Teilnahme am Assessment-Center.

Nach sorgfältiger Auswertung aller Ergebnisse haben wir uns entschieden, die Stelle als Disponent/in Fahrdienst mit einer Bewerberin zu besetzen, die bereits mehrere Jahre in einer Leitstelle gearbeitet hat. Ihre Fallstudie war solide, im Einzelgespräch fehlte uns jedoch noch die Erfahrung mit dem deutschen Arbeitszeitrecht im Fahrdienst.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Jana Weißenborn
Personalgewinnung
Domstadt Verkehrsgesellschaft mbH

""" + wrote("de", "09.04.2026 um 17:10", *ME) + "\n" + quote(DVG_THANKS)
add(M(kind="rejection", slug="domstadt_after_assessment_quotes_thanks", lang="de",
      company="Domstadt Verkehrsgesellschaft", contact=JANA[1], irt="dvg_thanks", frm=JANA,
      frm_enc="iso-8859-1/b", subject="AW: Vielen Dank für das Assessment-Center",
      subj_enc="iso-8859-1/q", date="2026-04-21 13:44", text=T, cte="base64"))

# --- Flexa relays the client's no (Régie des Bus Carolos)
MEHDI = ("Mehdi Benali", "mehdi.benali@flexa-interim.example.be")
T = """Bonjour Baptiste,

J'ai enfin eu M. Van Hool au téléphone. Il a trouvé l'entretien de mercredi agréable et votre connaissance des lignes de Charleroi l'a marqué, mais la Régie des Bus Carolos a décidé de retenir un candidat qui était déjà régulateur chez eux en horaire de nuit. Le client ne donnera donc pas suite pour vous sur ce poste.

Je sais que c'est décevant après deux rendez-vous. Je garde votre dossier en haut de la pile : j'ai d'autres demandes de dispatch qui devraient arriver au printemps.

Mehdi Benali
Consultant Transport & Logistique
Flexa Intérim – agence de Charleroi
T +32 71 00 53 20 | M +32 478 00 91 14"""
add(M(kind="rejection", slug="flexa_relays_carolos_no", lang="fr",
      company="Régie des Bus Carolos", contact=MEHDI[1], irt="flexa_move", frm=MEHDI,
      subject="Retour de la Régie des Bus Carolos", date="2026-02-20 17:35", text=T,
      charset="iso-8859-1", cte="quoted-printable"))

# --- Rail Wallonie Fret: formal ATS rejection, HTML only
T = """Bonjour Baptiste,

Nous vous remercions pour l'intérêt que vous avez manifesté pour le poste de Planificateur·rice des circulations fret.

Nous avons examiné votre candidature avec attention. Nous sommes toutefois au regret de vous informer que nous avons retenu d'autres profils, plus en adéquation avec les exigences du poste, notamment en matière de réglementation ferroviaire.

Nous conservons vos coordonnées dans notre base de données pour une durée de deux ans et ne manquerons pas de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons plein succès dans vos recherches.

Talent Acquisition – Rail Wallonie Fret"""
add(M(kind="rejection", slug="rwf_icims_formal", lang="fr", company="Rail Wallonie Fret",
      contact="", irt="rwf_ack", frm=("Rail Wallonie Fret", "donotreply@icims.com"),
      subject="Votre candidature chez Rail Wallonie Fret", date="2026-03-10 16:20",
      tz="+0000", html=ats_card(T, "Rail Wallonie Fret", "#5d6d7e",
                                "Merci de ne pas répondre à cet e-mail."),
      cte="base64"))

# --- Ville de Hautmeuse: jury decision with PDF letter
MARTINE = ("Martine Collignon", "martine.collignon@hautmeuse.example.be")
T = """Monsieur,

Nous faisons suite aux épreuves de sélection du 31 mars 2026 pour l'emploi de gestionnaire mobilité – planification des transports communaux.

Le jury a estimé que, si votre épreuve écrite était satisfaisante (12,5/20), votre entretien oral n'a pas permis d'atteindre le minimum requis de 60 % sur l'ensemble des épreuves. En conséquence, votre nom ne figure pas dans la réserve de recrutement constituée à l'issue de cette procédure.

Vous trouverez en annexe le courrier officiel reprenant le détail de vos cotes. Vous pouvez, si vous le souhaitez, consulter votre copie au service du personnel sur rendez-vous.

Nous vous remercions pour votre participation et vous prions d'agréer, Monsieur, nos salutations distinguées.

Martine Collignon
Service du personnel – Ville de Hautmeuse
Tél. 085 00 12 80"""
add(M(kind="rejection", slug="hautmeuse_jury_not_in_reserve_pdf", lang="fr",
      company="Ville de Hautmeuse", contact=MARTINE[1], irt="hautmeuse_move", frm=MARTINE,
      subject="Résultat de la procédure de sélection – gestionnaire mobilité",
      subj_enc="iso-8859-1/q", date="2026-04-15 14:30", text=T, charset="windows-1252",
      cte="8bit",
      pdfs=[("Resultat_selection_Nakamura-Leroy.pdf", [
          "Ville de Hautmeuse - Service du personnel", "Resultat de la procedure de selection",
          "Epreuve ecrite : 12,5/20", "Entretien oral : 9/20",
          "Total : 53,75 % - minimum requis : 60 %"])]))

# --- Tram Liège Exploitation: recruitment frozen, will not proceed
T = """Bonjour Monsieur Nakamura-Leroy,

Je reviens vers vous au sujet de votre candidature spontanée de janvier.

Entre-temps, un poste d’agent de planification s’était ouvert et nous avions pensé à vous. Malheureusement, suite à la révision du budget 2026, la direction a décidé de geler ce recrutement jusqu’à nouvel ordre : le poste est mis en attente et nous ne poursuivrons pas la procédure.

Je suis navrée de ne pas pouvoir vous proposer mieux. Votre candidature reste dans notre base et je ne manquerai pas de vous écrire si le poste est rouvert.

Bien cordialement,

Laurence Piron
Gestionnaire RH – Tram Liège Exploitation
04 000 91 30"""
add(M(kind="rejection", slug="tram_liege_hiring_freeze", lang="fr",
      company="Tram Liège Exploitation", contact="laurence.piron@tramliege.example.be",
      irt="tle_ack", frm=("Laurence Piron", "laurence.piron@tramliege.example.be"),
      subject="Votre candidature – poste d’agent de planification", subj_enc="utf-8/b",
      date="2026-02-24 15:55", text=T, charset="windows-1252", cte="quoted-printable"))

# --- Ardennes Autocars: terse human no, replying to his application
T = """Bonjour,

Merci pour votre mail. C'est non pour cette fois, on a trouvé quelqu'un en interne.

Bonne continuation.

Francis Jacquemin
Ardennes Autocars

-----Message d'origine-----
De : Baptiste Nakamura-Leroy <baptiste.nl@example.be>
Envoyé : dimanche 25 janvier 2026 20:41
À : info@ardennes-autocars.example.be
Objet : Candidature – planning / dispatch

Monsieur Jacquemin,

J'ai vu votre annonce pour un responsable planning et dispatch à Marche-en-Famenne. Chauffeur de bus depuis onze ans à Namur, je serais très intéressé par ce poste et disponible pour un entretien quand cela vous arrange. Mon CV est en pièce jointe.

Cordialement,
Baptiste Nakamura-Leroy"""
add(M(kind="rejection", slug="ardennes_autocars_terse_no", lang="fr",
      company="Ardennes Autocars", contact="francis.jacquemin@ardennes-autocars.example.be",
      frm=("Francis Jacquemin", "francis.jacquemin@ardennes-autocars.example.be"),
      subject="RE: Candidature – planning / dispatch", date="2026-01-30 07:12", text=T,
      charset="iso-8859-1", cte="8bit"))

# --- Sambre Logistique: BambooHR
T = """Bonjour Baptiste,

Merci pour le temps consacré à votre candidature au poste d'assistant planning transport.

Après étude des profils reçus, nous avons décidé d'avancer avec des candidats dont l'expérience correspond plus étroitement à nos besoins actuels, en particulier sur la planification de transport de marchandises.

Nous vous souhaitons bonne chance dans la suite de vos recherches.

Cordialement,
L'équipe recrutement de Sambre Logistique

--
Envoyé via BambooHR. Merci de ne pas répondre à cet e-mail."""
add(M(kind="rejection", slug="sambre_bamboohr_closer_match", lang="fr",
      company="Sambre Logistique", contact="", irt="sambre_missed",
      frm=("Sambre Logistique", "notifications@bamboohr.com"),
      subject="Votre candidature – Assistant planning transport", date="2026-06-08 09:00",
      tz="+0000", text=T, html=ats_card(T, "Sambre Logistique", "#6a1b9a")))

# --- Bruxelles Mobilité Urbaine: after the interview, Ashby with reply-to
INES = ("Inès Vanderstraeten", "ines.vanderstraeten@bmu.example.be")
T = """Bonjour Baptiste,

Merci d'avoir pris le temps de nous rencontrer le 24 avril pour le poste de Planificateur·rice horaires – réseau bus. Koen et moi avons apprécié votre franchise et vos exemples très concrets tirés du terrain.

Nous avons dû faire un choix difficile entre plusieurs profils solides et nous ne retiendrons pas votre candidature pour ce poste. Ce qui a fait la différence, c'est la maîtrise d'un logiciel de graphicage, que le poste exige dès le premier jour.

Si cela peut vous aider, je suis disponible pour un court retour téléphonique : répondez simplement à ce message.

Belle continuation,
Inès Vanderstraeten
Talent Acquisition – Bruxelles Mobilité Urbaine"""
add(M(kind="rejection", slug="bmu_after_interview_feedback_offer", lang="fr",
      company="Bruxelles Mobilité Urbaine", contact=INES[1], irt="bmu_move",
      frm=("Bruxelles Mobilité Urbaine", "no-reply@ashbyhq.com"), frm_enc="utf-8/b",
      reply_to=INES, reply_to_enc="utf-8/q",
      subject="Suite à votre entretien – Planificateur·rice horaires", subj_enc="utf-8/q",
      date="2026-05-06 13:10", tz="+0000", text=T,
      html=ats_card(T, "Bruxelles Mobilité Urbaine", "#e2001a", "Propulsé par Ashby.")))

# --- Jadot Mobilité: client (not named) says no
THIERRY = ("Thierry Jadot", "thierry.jadot@jadot-mobilite.example.be")
T = """Bonjour Baptiste,

J'ai eu ce matin le retour de mon client pour le poste de planificateur·trice en Brabant wallon, après votre entretien avec leur directeur d'exploitation.

Ils ont été honnêtes avec moi : ils ont apprécié votre motivation, mais ils cherchent finalement quelqu'un qui a déjà tenu seul un service planification, et ils vont poursuivre avec une autre personne de ma short-list. Je suis désolé, je pensais sincèrement que vous aviez vos chances.

Ne vous découragez pas : votre profil « terrain + formation » plaît, il faut juste trouver le bon client. Je reste en veille pour vous.

Thierry Jadot
Associé – Jadot Mobilité
+32 81 00 66 09"""
add(M(kind="rejection", slug="jadot_unnamed_client_declines", lang="fr",
      company="Jadot Mobilité", contact=THIERRY[1], irt="jadot_move", frm=THIERRY,
      subject="Retour de mon client – Brabant wallon", date="2026-05-20 11:25", text=T,
      html=gmail_html(T), cte="quoted-printable"))

# --- Mobilité Grand-Duché: role cancelled
T = """Madame, Monsieur,

Nous vous informons que le poste de « Chargé de planification de l'offre régionale (m/f) » (réf. 2026-0412) a été annulé suite à une réorganisation des services de Mobilité Grand-Duché. Le recrutement est clôturé et l'entretien qui vous avait été proposé le 2 juillet n'aura pas lieu.

Nous vous remercions de l'intérêt porté à notre organisation et vous invitons à consulter régulièrement nos offres d'emploi.

Service Recrutement
Mobilité Grand-Duché

Ce message a été généré automatiquement ; merci de ne pas y répondre."""
add(M(kind="rejection", slug="mgd_role_cancelled", lang="fr",
      company="Mobilité Grand-Duché", contact="", irt="mgd_invite",
      frm=("Mobilité Grand-Duché – Recrutement", "noreply@successfactors.eu"),
      frm_enc="iso-8859-1/q", subject="Clôture du recrutement – réf. 2026-0412",
      subj_enc="iso-8859-1/q", date="2026-06-30 07:00", tz="+0000", text=T,
      html=ats_card(T, "Mobilité Grand-Duché", "#00a3e0")))

# --- Lille Fret Multimodal: casual colleague-style no
JULIEN = ("Julien Desmet", "julien.desmet@lfm.example.fr")
T = """Salut Baptiste,

Bon, je vais être franc avec toi : après notre visio de la semaine dernière avec Sylvie, on part sur quelqu'un d'autre pour la planif des tractions. Un gars de chez nous qui connaît déjà les sillons par cœur, difficile de lutter.

Ça ne change rien à ce que je pense de toi, hein. Si un truc se libère côté routier, je t'appelle direct.

On garde le contact !
Julien"""
add(M(kind="rejection", slug="lfm_casual_we_went_another_way", lang="fr",
      company="Lille Fret Multimodal", contact=JULIEN[1], irt="lfm_missed", frm=JULIEN,
      subject="Re: Dispo jeudi ?", date="2026-06-29 19:02", text=T, cte="8bit"))

# --- Intermodal Meuse Terminal: long chain; the quoted part holds the invitation
OLIVIER = ("Olivier Dardenne", "olivier.dardenne@imt-liege.example.be")
T = """Bonjour Monsieur Nakamura-Leroy,

Merci d'être venu vendredi malgré la chaleur. J'ai fait le tour avec la direction et nous avons choisi un autre candidat, qui a déjà l'habitude des créneaux de chargement ferroviaires. Votre test Excel était pourtant bon.

Je suis désolé de ne pas avoir une meilleure réponse. Je vous souhaite de trouver rapidement le poste qui vous convient.

Cordialement,

Olivier Dardenne
Responsable exploitation
Intermodal Meuse Terminal
+32 4 000 62 15

""" + wrote("fr", "mer. 8 juil. 2026 à 09:15", *OLIVIER) + "\n" + quote(
    "Pas de souci, je comprends tout à fait : décalons à vendredi 17 juillet à 10h00, même "
    "endroit (quai de Renory 40). Le test Excel est maintenu.\n\n"
    + wrote("fr", "mer. 8 juil. 2026 à 07:52", *ME) + "\n"
    + quote("Serait-il possible de décaler notre entretien au jeudi 16 ou au vendredi 17 "
            "juillet, de préférence en matinée ?\n\n"
            + wrote("fr", "lun. 6 juil. 2026 à 11:02", *OLIVIER) + "\n" + quote(IMT_INVITE)))
add(M(kind="rejection", slug="imt_after_interview_long_chain", lang="fr",
      company="Intermodal Meuse Terminal", contact=OLIVIER[1], irt="imt_move", frm=OLIVIER,
      subject="RE: RE: Entretien – planificateur transport", date="2026-07-28 08:40",
      text=T, cte="quoted-printable"))

# --- Tempora Interim: mission given to someone else, client not named
KARIMA = ("Karima Haddou", "karima.haddou@tempora-interim.example.be")
T = """Bonjour Baptiste,

Petit retour sur la mission de dispatcher de nuit dont je vous avais parlé la semaine dernière (société de distribution à Herstal) : le client a préféré un intérimaire qui avait déjà travaillé sur leur site. La mission ne sera donc pas pour vous cette fois-ci.

Je vous tiens au courant dès que j'ai autre chose dans votre secteur.

Karima Haddou
Consultante – Tempora Interim Liège
04 000 77 30"""
add(M(kind="rejection", slug="tempora_mission_to_other_temp", lang="fr",
      company="Tempora Interim", contact=KARIMA[1], frm=KARIMA,
      subject="Mission dispatcher de nuit", date="2026-10-12 16:48", text=T, cte="8bit"))

# --- Navettes Aéroport Charleroi: Teamtailor, after the missed call and a second interview
T = """Bonjour Baptiste,

Nous vous remercions pour l'intérêt porté à Navettes Aéroport Charleroi et pour le temps que vous avez consacré à notre processus de recrutement.

Après avoir étudié attentivement votre candidature au poste de Planificateur navettes, nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons beaucoup de réussite dans vos projets professionnels.

Bien à vous,
L'équipe Navettes Aéroport Charleroi"""
add(M(kind="rejection", slug="navettes_teamtailor_no_favourable", lang="fr",
      company="Navettes Aéroport Charleroi", contact="", irt="nac_missed",
      frm=("Navettes Aéroport Charleroi", "no-reply@teamtailor-mail.com"),
      frm_enc="iso-8859-1/b",
      subject="Votre candidature – Planificateur navettes", subj_enc="iso-8859-1/b",
      date="2026-03-27 10:10", tz="+0000", text=T,
      html=ats_card(T, "Navettes Aéroport Charleroi", "#ff6f00", "Envoyé avec Teamtailor."),
      charset="iso-8859-1", cte="quoted-printable"))

# --- Commune de Valmeuse: ranked outside the recruitment reserve
GERALDINE = ("Géraldine Hubeau", "geraldine.hubeau@valmeuse.example.be")
T = """Monsieur Nakamura-Leroy,

À l’issue des entretiens du 23 juin, le jury de sélection a établi le classement final pour le poste d’agent technique – planification des transports scolaires et PMR.

Vous êtes classé en 4e position. La réserve de recrutement étant limitée aux trois premiers lauréats, nous ne sommes pas en mesure de vous proposer un engagement à l’issue de cette procédure.

Le Collège communal vous remercie pour votre participation et vous félicite pour la qualité de votre parcours.

Géraldine Hubeau
Service GRH – Commune de Valmeuse
Tél. 081 00 94 51

""" + wrote("fr", "mar. 26 mai 2026 à 14:00", *GERALDINE) + "\n" + quote(VALMEUSE_INVITE)
add(M(kind="rejection", slug="valmeuse_ranked_fourth", lang="fr",
      company="Commune de Valmeuse", contact=GERALDINE[1], irt="valmeuse_cancel",
      frm=GERALDINE, frm_enc="utf-8/q", subject="Résultat final – agent technique planification",
      subj_enc="iso-8859-1/b", date="2026-07-01 11:30", text=T, charset="windows-1252",
      cte="quoted-printable"))

# --- Portline Logistics: Lever, "candidates whose experience more closely matches"
T = """Hi Baptiste,

Thank you for your interest in the Transport Planner role at Portline Logistics and for the time you spent on your application.

We have now reviewed all applications and have decided to move forward with candidates whose experience more closely matches the requirements of this position.

We appreciate your interest in Portline Logistics and wish you every success in your search.

Best regards,
Portline Logistics Recruiting"""
add(M(kind="rejection", slug="portline_lever_closer_match", lang="en",
      company="Portline Logistics", contact="", irt="portline_missed",
      frm=("Portline Logistics", "no-reply@hire.lever.co"),
      subject="Your application to Portline Logistics", date="2026-04-02 14:31",
      tz="+0000", text=T, html=ats_card(T, "Portline Logistics", "#0d47a1")))

# --- Luxtrain Services: put on hold, will not proceed (Taleo)
T = """Dear Baptiste Nakamura-Leroy,

Thank you for taking part in our assessment day for the Rolling Stock & Crew Scheduler position (Job Number 2600412).

We regret to inform you that the role has been put on hold following a review of our 2026 rail operations plan, and we will not proceed with the recruitment at this time. As a result, your application has been closed.

Should the position be re-opened, it will be advertised on our careers site and we would encourage you to apply again.

Thank you for your understanding.

Luxtrain Services - Talent Acquisition

This is an automated notification. Please do not reply."""
add(M(kind="rejection", slug="luxtrain_on_hold_not_proceeding", lang="en",
      company="Luxtrain Services", contact="", irt="luxtrain_move",
      frm=("Luxtrain Services Careers", "luxtrain-careers@taleo.net"),
      subject="Update on your application: Rolling Stock & Crew Scheduler (2600412)",
      date="2026-07-07 08:02", tz="+0000", text=T,
      html=ats_card(T, "Luxtrain Services", "#8b0000")))

# --- Meridian Search Partners relays Benelux Coach Lines' no
REBECCA = ("Rebecca Owusu", "rebecca.owusu@meridiansearch.example.be")
T = """Hi Baptiste,

I've just come off the phone with Griet Claes at Benelux Coach Lines. They've decided not to offer you the Operations Planner role - they're going with someone who has run their charter planning before, at a competitor.

Griet's feedback was genuinely positive on your roster scenario; where they hesitated was the Dutch, as half of the drivers in Zaventem speak it at work. Worth keeping in mind for Flemish-side roles.

Not the outcome we wanted. I'll keep you front of mind for Luxembourg and Wallonia.

Speak soon,
Rebecca

Rebecca Owusu
Senior Consultant - Transport & Logistics
Meridian Search Partners
+32 2 000 18 75"""
add(M(kind="rejection", slug="meridian_relays_bcl_no", lang="en",
      company="Benelux Coach Lines", contact=REBECCA[1], irt="meridian_invite",
      frm=REBECCA, subject="Benelux Coach Lines - feedback", date="2026-03-18 18:05",
      text=T))

# --- Rotterdam Port Shuttle: terse
MARK = ("Mark Jansen", "mark.jansen@portshuttle.example.nl")
T = """Hi Baptiste,

Thanks for the chat on Thursday. Went with someone local in the end - he can start Monday and that's what I needed. Sorry, and good luck.

Mark

Sent from my phone"""
add(M(kind="rejection", slug="rps_terse_went_local", lang="en",
      company="Rotterdam Port Shuttle", contact=MARK[1], irt="rps_invite", frm=MARK,
      subject="Re: Planning job - quick chat Thursday?", date="2026-09-10 07:44", text=T))

# --- Channel Rail Operations: Workday formal
T = """Dear Baptiste,

Thank you for applying for the Train Crew Planner - Lille / Brussels (JR-10388) position at Channel Rail Operations.

After careful consideration, we regret to inform you that your application has not been successful on this occasion. We received a large number of applications and the selection was competitive.

We will retain your details and may contact you about future vacancies that match your profile.

Yours sincerely,
Channel Rail Operations Talent Acquisition

Channel Rail Operations Ltd - registered office: 00 Station Approach, London. This email is confidential and intended for the addressee only."""
add(M(kind="rejection", slug="channel_rail_workday_unsuccessful", lang="en",
      company="Channel Rail Operations", contact="", irt="cro_ack",
      frm=("Channel Rail Operations", "channelrail@myworkday.com"),
      subject="Your application for Train Crew Planner (JR-10388)",
      date="2026-10-14 09:30", tz="+0100", text=T,
      html=ats_card(T, "Channel Rail Operations", "#1b1464")))

# --- Continental Bus Group: forwarded note from the hiring manager
HELEN = ("Helen Marsh", "helen.marsh@continentalbusgroup.example.co.uk")
T = """Dear Baptiste,

I'm forwarding the hiring manager's note below, as I think his words explain the decision better than mine. I'm sorry it isn't better news, and thank you again for your presentation at the panel.

Kind regards,
Helen

Helen Marsh
Recruitment Business Partner
Continental Bus Group
+44 113 000 2290

""" + outlook_block("en", "Tom Reddington <tom.reddington@continentalbusgroup.example.co.uk>",
                    "11 August 2026 17:58", "Helen Marsh <helen.marsh@continentalbusgroup.example.co.uk>",
                    "Service Planning Analyst - panel outcome") + """

Helen,

Please thank Baptiste for his time. His presentation on vehicle utilisation was one of the best we saw, but we are appointing Candidate B, who has five years of scheduling experience with our software. Please let him know we'd be pleased to consider him for the Planning Assistant role we'll advertise in Q4 - but this role will not be offered to him.

Tom

""" + CBG_DISCLAIMER
add(M(kind="rejection", slug="cbg_forwarded_hiring_manager_note", lang="en",
      company="Continental Bus Group", contact=HELEN[1], irt="cbg_move", frm=HELEN,
      subject="FW: Service Planning Analyst - panel outcome", date="2026-08-12 10:14",
      tz="+0100", text=T, html=word_html(T, "Arial")))

# --- Lowlands Rail Freight: casual, after the re-booked interview
DAAN = ("Daan Verhoeven", "daan.verhoeven@lowlandsrail.example.nl")
T = """Hey Baptiste,

Quick one, as promised after the re-booked interview: Ilse and I talked it through and we're not taking your application further for the Crew Planner role. The gap is the Dutch rail rulebook - we need someone who can apply it from day one, and the learning curve would be too steep in this team right now.

Honestly, you were a pleasure to talk to. Hope something good comes along soon.

Cheers,
Daan"""
add(M(kind="rejection", slug="lowlands_casual_not_taking_further", lang="en",
      company="Lowlands Rail Freight", contact=DAAN[1], irt="lrf_missed", frm=DAAN,
      subject="Crew Planner - update", date="2026-08-04 15:10", text=T,
      html=gmail_html(T)))

# --- Kranich Logistik: softgarden formal
T = """Sehr geehrter Herr Nakamura-Leroy,

nochmals vielen Dank für Ihr Interesse an der Position Disponent Nahverkehr/Shuttle (m/w/d) und das Telefoninterview.

Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Freundliche Grüße
Ihr Kranich Logistik Recruiting-Team

Diese Nachricht wurde automatisch über softgarden versendet."""
add(M(kind="rejection", slug="kranich_softgarden_absage", lang="de",
      company="Kranich Logistik", contact="", irt="kranich_missed",
      frm=("Kranich Logistik GmbH", "noreply@softgarden.io"),
      subject="Ihre Bewerbung bei der Kranich Logistik GmbH", date="2026-06-30 15:15",
      text=T, html=ats_card(T, "Kranich Logistik", "#1565c0"), charset="iso-8859-1",
      cte="quoted-printable"))

# --- Brückner Personalberatung relays Rheinland Bahnservice's no
TOBIAS = ("Tobias Brückner", "tobias.brueckner@brueckner-personal.example.de")
T = """Guten Tag Herr Nakamura-Leroy,

ich habe nun die abschließende Rückmeldung von Rheinland Bahnservice erhalten. Nach dem Nachholtermin vom 3. März hat sich Herr Reuter für einen anderen Kandidaten entschieden, der die Baureihenkenntnisse bereits mitbringt. Für die Einsatzplanung Triebfahrzeugführer kommen Sie damit leider nicht mehr in Betracht.

Mein Mandant lässt Ihnen ausrichten, dass er Ihr Engagement geschätzt hat. Ich melde mich, sobald ich ein Mandat habe, das besser zu Ihrem Profil passt.

Mit besten Grüßen
Tobias Brückner
Brückner Personalberatung
Hohenzollernring 72, 50672 Köln
Tel. +49 221 000 4410"""
add(M(kind="rejection", slug="brueckner_relays_rbs_absage", lang="de",
      company="Rheinland Bahnservice", contact=TOBIAS[1], irt="brueckner_missed", frm=TOBIAS,
      frm_enc="utf-8/q", subject="Rückmeldung Rheinland Bahnservice", subj_enc="utf-8/b",
      date="2026-03-12 12:20", text=T, html=word_html(T), cte="quoted-printable"))

# --- Stadt Rheinbrück: filled internally
HEIKE = ("Heike Sommerfeld", "heike.sommerfeld@rheinbrueck.example.de")
T = """Sehr geehrter Herr Nakamura-Leroy,

wir danken Ihnen für Ihre Bewerbung und das Vorstellungsgespräch am 20. Mai 2026.

Das Auswahlverfahren für die Stelle Sachbearbeiter/in Verkehrsplanung ÖPNV (Kennziffer 14/2026) ist abgeschlossen. Die Stelle wurde mit einer internen Bewerberin besetzt, die nach den Vorgaben des Personalvertretungsrechts bei gleicher Eignung vorrangig zu berücksichtigen war.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten datenschutzgerecht vernichtet.

Mit freundlichen Grüßen
Im Auftrag
Heike Sommerfeld
Stadt Rheinbrück – Fachbereich Personal"""
add(M(kind="rejection", slug="rheinbrueck_intern_besetzt", lang="de",
      company="Stadt Rheinbrück", contact=HEIKE[1], irt="rheinbrueck_move", frm=HEIKE,
      subject="Ihre Bewerbung – Kennziffer 14/2026", date="2026-06-10 10:05", text=T,
      charset="iso-8859-1", cte="8bit"))

# --- Transportes Garrido Benelux: Recruitee
T = """Hola Baptiste,

Gracias por tu interés en la oferta de Planificador/a de tráfico en Róterdam y por el tiempo dedicado a tu candidatura.

Tras revisar todos los perfiles, hemos decidido seguir adelante con otras personas para esta posición. Ha sido una decisión complicada, dado el número de candidaturas recibidas.

Guardaremos tus datos por si surge una oportunidad más acorde a tu perfil.

Te deseamos mucha suerte,
Transportes Garrido Benelux"""
add(M(kind="rejection", slug="garrido_recruitee_seguir_con_otros", lang="es",
      company="Transportes Garrido Benelux", contact="", irt="garrido_ack",
      frm=("Transportes Garrido Benelux", "no-reply@jobs.recruitee.com"),
      subject="Tu candidatura en Transportes Garrido Benelux", date="2026-04-07 12:02",
      tz="+0000", text=T, html=ats_card(T, "Transportes Garrido Benelux", "#2e7d32"),
      cte="base64"))

# --- Grupo Movinorte: after the interview, quotes the candidate's thanks
INIGO = ("Iñigo Larrañaga", "inigo.larranaga@movinorte.example.es")
T = """Hola Baptiste:

Gracias a ti por tu mensaje y perdona la tardanza, he estado fuera de la oficina.

Te escribo personalmente porque prefiero que lo sepas por mí: hemos decidido ofrecer el puesto a una persona que ya trabaja en el grupo y conoce nuestro sistema de planificación. No ha sido fácil, porque tu visión de las líneas transfronterizas nos gustó mucho.

Si en unos meses abrimos el segundo puesto de planificador que estamos estudiando, me acordaré de ti.

Un saludo,
Iñigo

""" + wrote("es", "mié, 22 jul 2026 a las 18:05", *ME) + "\n" + quote(MOVINORTE_THANKS)
add(M(kind="rejection", slug="movinorte_after_interview_quotes_thanks", lang="es",
      company="Grupo Movinorte", contact=INIGO[1], irt="movinorte_thanks",
      frm=("Grupo Movinorte", "noreply@workablemail.com"), reply_to=INIGO,
      reply_to_enc="utf-8/b", subject="Re: Gracias por la entrevista",
      date="2026-08-05 09:40", tz="+0000", text=T, cte="quoted-printable"))

# --- Talento Logístico relays Puerto Seco Logística's no
MARTA = ("Marta Gil Otero", "marta.gil@talentologistico.example.es")
T = """Hola Baptiste:

Ya tengo respuesta de Puerto Seco Logística tras la entrevista que conseguimos reprogramar. Siento decirte que no van a contar contigo: Jorge quiere a alguien con experiencia previa en terminales de contenedores y se ha decantado por otro finalista.

Me ha dicho que le gustó tu actitud y que valoró mucho tu inglés. Yo sigo buscando; en cuanto tenga otro proceso en el que encajes, te llamo.

Un abrazo,
Marta Gil Otero
Consultora sénior | Talento Logístico Consultores
+34 600 00 21 87"""
add(M(kind="rejection", slug="talento_relays_psl_no", lang="es",
      company="Puerto Seco Logística", contact=MARTA[1], irt="talento_missed", frm=MARTA,
      subject="Respuesta de Puerto Seco Logística", subj_enc="iso-8859-1/q",
      date="2026-10-01 13:05", text=T, html=gmail_html(T), charset="iso-8859-1",
      cte="quoted-printable"))

# --- Autocares Meseta: terse human
T = """Buenas Baptiste,

Te escribo rápido: al final hemos cogido a otra persona para el puesto de jefe de tráfico en Luxemburgo. Gracias por presentarte y suerte.

Rubén Calvo
Autocares Meseta"""
add(M(kind="rejection", slug="autocares_meseta_terse", lang="es",
      company="Autocares Meseta", contact="ruben.calvo@autocaresmeseta.example.es",
      frm=("Rubén Calvo", "ruben.calvo@autocaresmeseta.example.es"), frm_enc="utf-8/q",
      subject="Puesto jefe de tráfico", date="2026-10-20 19:58", text=T, cte="8bit"))
