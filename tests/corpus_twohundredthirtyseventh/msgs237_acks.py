"""Corpus 237, kinds `application_received` (21: fr 10, en 5, de 3, es 3) and
`offer` (10: fr 5, en 2, de 2, es 1): hand-written specs."""

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
from msgs237_invites import _cnv_ack_quoted, _fla_move

ME = CANDIDATE

# ============================================================ application_received

_oce_ack = txt("""
    Merci Lionel !

    Nous avons bien reçu votre candidature pour le poste de Déclarant en douane junior – Le Havre.

    Notre équipe va l'étudier attentivement. Si votre profil correspond à nos besoins, nous vous contacterons dans les 15 jours pour organiser un premier échange.

    À bientôt,
    L'équipe Transitaires Océane
""")

_dcn_ack = txt("""
    Bonjour Lionel,

    Nous accusons réception de votre candidature au poste d'Assistant déclarant (H/F) – Rouen, et nous vous remercions de l'intérêt que vous portez à Douane Conseil Normandie.

    Votre dossier est en cours d'examen par notre équipe.

    Cordialement,
    Douane Conseil Normandie
""")

_ver_ack = txt("""
    Bonjour Lionel,

    Merci d'avoir postulé au poste de Déclarant en douane junior (réf. R-04417). Votre candidature a été enregistrée le 8 janvier 2026.

    Nous recevons un grand nombre de candidatures et nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du processus, un membre de notre équipe vous contactera dans un délai de trois semaines.

    Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

    L'équipe Talents – Groupe Véronneau
""")

_caen_app_quoted = txt("""
    Monsieur,

    Je vous adresse ma candidature au poste d'assistant transit publié sur le site de l'APEC. Vous trouverez mon CV en pièce jointe.

    Lionel Abara-Koenig
""")
_caen_ack = txt("""
    Bonjour,

    Bien reçu votre CV, merci. Je le transmets à notre responsable transit qui reviendra vers vous s'il souhaite vous rencontrer.

    Gilles Marchetti
    Caen Logistique Import - Port de Caen-Ouistreham - 14000 Caen
""") + "\n" + replied("fr", "2026-01-05 21:48", ME[0], ME[1], _caen_app_quoted)

_ip76_ack = txt("""
    Bonjour Lionel,

    Suite à votre passage en agence ce matin, votre inscription chez Intérim Portuaire 76 est validée.

    Pour compléter votre dossier, merci de m'envoyer par retour de mail :
    - la copie de vos CACES 1, 3 et 5 ;
    - votre attestation de formation "déclarant en douane" ;
    - un RIB.

    Je vous tiens au courant dès qu'une mission ou un poste correspond à votre projet côté douane.

    Yannick Leroux
    Intérim Portuaire 76 - Agence du Havre
    07 68 20 45 13
""")

_alb_ack = txt("""
    Bonjour Lionel,

    Nous avons bien reçu votre candidature pour le poste d'Assistant documentation & douane au Havre.

    Notre équipe recrutement l'examine actuellement. Vous serez informé par e-mail de chaque étape du processus.

    Merci pour votre intérêt pour Armement Côte d'Albâtre.
""")

_portalys_ack = txt("""
    Bonjour Lionel,

    Votre candidature au poste de Déclarant en douane (Roissy-en-France) a bien été transmise à notre service recrutement.

    Référence de votre dossier : PD-2026-0193.

    Nous reviendrons vers vous après étude de votre profil.

    Portalys Dédouanement
""")

_sillage_ack = txt("""
    Bonjour Lionel,

    Je vous confirme que votre dossier d’inscription chez Sillage Intérim est désormais complet : pièce d’identité, justificatif de domicile, CACES et carte Vitale sont bien enregistrés.

    Vous pouvez dès à présent recevoir nos propositions de missions. J’ai bien noté votre souhait d’évoluer vers le transit et la douane.

    À bientôt,
    Aurélie Tessier
    Sillage Intérim Le Havre – 06 12 55 83 40
""")

_chc_ack = txt("""
    Bonjour,

    Nous vous confirmons la bonne réception de votre candidature au poste d'Agent de consignation et formalités douanières (Le Havre), référence 2600371.

    En raison du nombre important de candidatures reçues, seules les personnes dont le profil sera présélectionné seront contactées.

    Compagnie Havraise de Consignation
    Direction des Ressources Humaines
""")

_cnv_app_quoted = txt("""
    Bonjour,

    Je vous adresse ma candidature au poste d'assistant import-douane publié sur votre site. Cariste depuis huit ans au Havre, je termine une formation de déclarant en douane.

    Lionel Abara-Koenig
""")

_scheldt_ack = txt("""
    Hi Lionel,

    Thank you for applying to the Customs Declarant role at Scheldt Forwarding Partners!

    We've received your application and our team will review it over the coming days. If your background is a good match, we'll be in touch to arrange next steps.

    Best,
    The Scheldt Forwarding Partners Recruiting Team
""")

_meridian_ack = txt("""
    Dear Lionel,

    Thank you for your application for Customs Documentation Clerk (JR-22081), Antwerp.

    Due to the high volume of applications, we are unfortunately unable to respond to every applicant individually. If your profile is shortlisted, a member of our Talent Acquisition team will contact you.

    You can check the status of your application at any time in your candidate home.

    Meridian Reefer Lines Talent Acquisition
""")

_lowlands_ack = txt("""
    Hi Lionel,

    Thanks for applying for the Junior Customs Agent role at Lowlands Port Services. This email confirms we've got your application.

    Pieter from our recruiting team will look at it shortly.

    Lowlands Port Services
""")

_tb_ack = txt("""
    Hi Lionel,

    Great to speak earlier. You're now registered with Talentbridge Logistics Search, and I've saved the CV and right-to-work details you sent.

    Next step on my side: I'll share your profile (anonymised) with two or three clients in Antwerp who are hiring customs staff, and come back to you before anything is sent with your name on it.

    Cheers,
    Oliver Grant
    Senior Consultant, Talentbridge Logistics Search
""")

_harbour_ack = txt("""
    Hi Lionel,

    Thanks for your interest in Harbourline Freight Tech! We've received your application for Customs Operations Associate (Antwerp).

    Our team reviews every application, and we'll get back to you once we've had a chance to look at yours.

    The Harbourline Talent Team
""")

_elb_ack = txt("""
    Guten Tag Herr Abara-Koenig,

    vielen Dank für Ihre Bewerbung als Zollsachbearbeiter (m/w/d) in Hamburg und Ihr Interesse an der Elbkai Spedition.

    Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Elbkai Spedition
""")

_nct_ack = txt("""
    Guten Tag Herr Abara-Koenig,

    Ihre Bewerbung als Mitarbeiter Zollabfertigung (m/w/d) ist bei uns eingegangen. Vielen Dank!

    Bitte haben Sie etwas Geduld, die Sichtung der Unterlagen kann bis zu drei Wochen dauern. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

    Ihr Recruiting-Team der Norderelbe Container Terminal
""")

_als_ack = txt("""
    Hallo Herr Abara-Koenig,

    danke für das nette Telefonat. Ihre Registrierung bei Alster Personalservice ist abgeschlossen und Ihr Profil ist in unserem Pool für Hafen- und Zolllogistik gespeichert.

    Ich schaue mir die offenen Einsätze unserer Kunden an und melde mich, sobald etwas zu Ihrem Wunsch passt, in die Zollabwicklung zu wechseln.

    Viele Grüße
    Jan-Ole Petersen
    Personaldisponent | Alster Personalservice
""")

_ade_app_quoted = txt("""
    Estimados señores:

    Les envío mi candidatura para el puesto de Agente de Aduanas Junior publicado en su web. Adjunto mi CV.

    Atentamente,
    Lionel Abara-Koenig
""")
_ade_ack = txt("""
    Estimado Sr. Abara-Koenig:

    Acusamos recibo de su candidatura para el puesto de Agente de Aduanas Junior en Algeciras. La hemos trasladado al director de la oficina para su estudio.

    Nos pondremos en contacto con usted en cuanto tengamos novedades.

    Un saludo,
    Carmen Vidal
    Responsable de Personas · Aduanas del Estrecho
""") + "\n" + replied("es", "2026-09-09 22:10", ME[0], ME[1], _ade_app_quoted)

_tpc_ack = txt("""
    Estimado/a Lionel Abara-Koenig:

    Le confirmamos que hemos recibido correctamente su solicitud para la vacante Técnico de Aduanas (ref. 50117).

    Nuestro equipo de Selección revisará su perfil. Puede consultar el estado de su solicitud en el portal de empleo.

    Terminal Marítima Punta Carnero
""")

_ett_ack = txt("""
    Hola Lionel:

    ¡Bienvenido a Estrecho Talento! Tu inscripción como candidato se ha completado correctamente.

    A partir de ahora, nuestras consultoras podrán proponerte ofertas de empleo en logística, puerto y aduanas en el Campo de Gibraltar.

    Este mensaje se ha generado automáticamente; por favor, no respondas a esta dirección.

    Estrecho Talento
""")

# ============================================================ offer

_oce_offer = txt("""
    Bonjour Lionel,

    Suite à votre entretien du 3 mars avec Éric Vasseur et moi-même, j'ai le plaisir de vous proposer le poste de déclarant en douane junior au sein de Transitaires Océane.

    Vous trouverez en pièce jointe notre proposition d'embauche détaillée : CDI à temps plein, prise de poste le 6 avril 2026, rémunération annuelle brute de 27 600 €, période d'essai de trois mois, avec un parcours de formation DELTA G sur les deux premiers mois.

    Merci de nous retourner la proposition signée avant le 20 mars. N'hésitez pas à m'appeler si vous avez des questions.

    Bien cordialement,
    Claire Duvivier
    Responsable RH - Transitaires Océane
    9 quai de la Marne - 76600 Le Havre - 02 35 41 07 63
""")

_fla_offer = txt("""
    Bonjour Monsieur Abara-Koenig,

    Suite à notre appel de ce matin, je vous confirme par écrit notre proposition pour le poste de déclarant en douane à Dunkerque :

    - CDI, statut employé, 35 heures ;
    - salaire brut mensuel de 2 250 € sur 13 mois ;
    - prise de poste souhaitée le 1er juillet 2026.

    Hélène vous enverra le contrat dès réception de votre accord écrit. J'ai été ravi de notre échange du 21 mai et j'espère vous compter bientôt parmi nous.

    Stéphane Coolen
    Directeur d'agence - Flandres Transit
    03 28 66 14 20
""")

_ip76_offer = txt("""
    Bonjour Lionel,

    Excellente nouvelle : le Terminal Vrac de la Seine veut vous faire une offre !

    M. Hébert a beaucoup apprécié l'entretien de jeudi. Le client vous propose une mission de six mois en tant qu'agent de déclaration vrac via notre agence, à partir du 18 mai, avec une embauche en CDI prévue à l'issue si tout se passe bien. Taux horaire : 14,20 € brut, plus les primes de quai.

    Appelez-moi aujourd'hui pour me donner votre réponse, je dois revenir vers eux avant vendredi.

    Yannick Leroux
    Intérim Portuaire 76
    07 68 20 45 13
""")

_cnv_contract = txt("""
    Bonjour Lionel,

    Comme convenu avec M. Anquetil à l'issue de votre visite du 3 juin, vous trouverez ci-joint votre contrat de travail à durée indéterminée pour le poste d'assistant import-douane.

    Merci de le relire attentivement, de parapher chaque page et de signer la dernière page avec la mention « lu et approuvé », puis de nous le renvoyer scanné avant le 17 juin. L'original vous sera remis le jour de votre arrivée, le lundi 6 juillet.

    Bienvenue au Comptoir Normand des Vins !

    Arnaud Lefort
    Assistant de direction
""")

_smds_offer = txt("""
    Monsieur,

    Nous avons le plaisir de vous confirmer notre offre d'emploi pour le poste de Déclarant en douane au sein de Seine Maritime Douane Services, agence de Rouen.

    Les conditions (rémunération, date de début au 2 novembre 2026, mutuelle, tickets restaurant) figurent dans la lettre d'offre jointe. Cette offre est valable jusqu'au 23 octobre.

    Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

    Valérie Hamelin
    Directrice des Ressources Humaines
    Seine Maritime Douane Services
    12 rue de la Vicomté - 76000 Rouen - 02 35 07 58 90
""")

_kaai_offer = txt("""
    Dear Lionel,

    Following your interview with Koen and me on 14 July, I am delighted to offer you the position of Junior Customs Broker at Kaai Customs Brokers.

    Please find attached your offer letter with the details: permanent contract, gross monthly salary of EUR 2,900, meal vouchers, a hospitalisation insurance and a start date of 1 September 2026.

    Could you let us know your decision by 31 July? We're very much looking forward to welcoming you to the team.

    Kind regards,
    Annelies De Smet
    Office Manager | Kaai Customs Brokers
""")

_bra_offer = txt("""
    Dear Lionel,

    Great to speak to you this afternoon. As promised, here is a short written summary of what I offered you on the phone:

    Position: Customs Declarant, French-speaking desk
    Contract: permanent, full time, starting 2 November 2026
    Salary: EUR 3,050 gross per month plus 13th month and double holiday pay

    Liesbeth will send the formal contract early next week. Take the weekend to think it over and call me on Monday.

    Best regards,
    Dirk Hermans
    Head of Customs, Brabant Import Group
""")

_elb_offer = txt("""
    Guten Tag Herr Abara-Koenig,

    vielen Dank für das angenehme Gespräch am 20. August. Wir freuen uns, Ihnen die Position als Zollsachbearbeiter (m/w/d) in unserer Hamburger Niederlassung anbieten zu können.

    Im Anhang finden Sie unser Vertragsangebot mit allen Eckdaten: unbefristete Anstellung, 40 Stunden pro Woche, Bruttojahresgehalt 41.500 EUR, Start am 1. Oktober 2026, Sprachkurs Deutsch auf unsere Kosten.

    Bitte geben Sie uns bis zum 4. September Bescheid, ob Sie das Angebot annehmen.

    Mit freundlichen Grüßen
    Jana Hoffmann
    HR Recruiting | Elbkai Spedition
""")

_zkh_contract = txt("""
    Sehr geehrter Herr Abara-Koenig,

    wie gestern am Telefon besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Zolldeklarant in zweifacher Ausfertigung.

    Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 23. Oktober zurück, gern vorab als Scan per E-Mail. Ihr erster Arbeitstag ist Montag, der 2. November 2026.

    Wir freuen uns auf die Zusammenarbeit!

    Mit freundlichen Grüßen
    Uwe Stahmer
    Geschäftsführer
    Zollkontor Harburg · Harburger Schloßstraße 6 · 21079 Hamburg
    Tel. 040 7654 3310
""")

_ade_offer = txt("""
    Estimado Sr. Abara-Koenig:

    Tras la entrevista mantenida el pasado 23 de septiembre con D. Alfonso Guerrero, tenemos el placer de ofrecerle el puesto de Agente de Aduanas Junior en nuestra oficina de Algeciras.

    Adjuntamos la carta de oferta con las condiciones: contrato indefinido, jornada completa, salario bruto anual de 24.800 € en catorce pagas e incorporación el 2 de noviembre de 2026.

    Le agradeceríamos que nos comunicara su decisión antes del 14 de octubre.

    Un cordial saludo,
    Carmen Vidal
    Responsable de Personas
    Aduanas del Estrecho
""")


MESSAGES = [
    # ================================================ application_received fr (10)
    dict(kind="application_received", slug="oceane_teamtailor_ack", lang="fr",
         company="Transitaires Océane", contact="", key="oce_ack",
         frm=("Transitaires Océane", "no-reply@teamtailor-mail.com"), name_enc=("utf-8", "B"),
         date="2026-02-09 10:03", tz="+0000",
         subject="Merci pour votre candidature, Lionel !",
         text=_oce_ack,
         html=ats_card("Transitaires Océane", paras_of(_oce_ack), lang="fr", accent="#00658f",
                       footer=["Envoyé avec Teamtailor · Gérer mes données personnelles"]),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="application_received", slug="dcn_recruitee_ack", lang="fr",
         company="Douane Conseil Normandie", contact="", key="dcn_ack",
         frm=("Douane Conseil Normandie", "no-reply@jobs.recruitee.com"),
         date="2026-01-14 08:41",
         subject="Nous avons bien reçu votre candidature - Assistant déclarant (H/F)",
         subj_enc=("iso-8859-1", "Q"),
         text=_dcn_ack,
         html=ats_card("Douane Conseil Normandie", paras_of(_dcn_ack), lang="fr", accent="#5a2d82",
                       footer=["Propulsé par Recruitee"]), cte="quoted-printable"),
    dict(kind="application_received", slug="veronneau_workday_cannot_reply_each", lang="fr",
         company="Groupe Véronneau", contact="", key="ver_ack",
         frm=("Groupe Véronneau", "veronneau@myworkday.com"),
         date="2026-01-08 19:22", tz="+0000",
         subject="Candidature reçue : Déclarant en douane junior (R-04417)",
         text=_ver_ack,
         html=ats_card("Groupe Véronneau", paras_of(_ver_ack), lang="fr", accent="#7a1f3d",
                       button=("Mon espace candidat", "https://veronneau.wd3.myworkday.example.com/candidat"),
                       footer=["Ce message a été envoyé automatiquement. Merci de ne pas y répondre."]),
         cte="base64", headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="application_received", slug="caen_human_cv_received", lang="fr",
         company="Caen Logistique Import", contact="gilles.marchetti@caenlogimport.example.fr",
         key="caen_ack", parent="caen_app",
         frm=("Gilles Marchetti", "gilles.marchetti@caenlogimport.example.fr"),
         date="2026-01-06 08:55",
         subject="RE: Candidature assistant transit - L. Abara-Koenig",
         text=_caen_ack, charset="iso-8859-1", cte="8bit"),
    dict(kind="application_received", slug="ip76_agency_registration_validated", lang="fr",
         company="Intérim Portuaire 76", contact="y.leroux@interim-portuaire76.example.fr",
         key="ip76_ack",
         frm=("Yannick Leroux", "y.leroux@interim-portuaire76.example.fr"),
         date="2026-04-20 12:10",
         subject="Votre inscription chez Intérim Portuaire 76", subj_enc=("utf-8", "B"),
         text=_ip76_ack, cte="quoted-printable"),
    dict(kind="application_received", slug="albatre_smartrecruiters_html_only", lang="fr",
         company="Armement Côte d'Albâtre", contact="", key="alb_ack",
         frm=("Armement Côte d'Albâtre", "no-reply@smartrecruiters.com"),
         name_enc=("iso-8859-1", "B"),
         date="2026-03-16 21:40", tz="+0000",
         subject="Candidature reçue - Assistant documentation & douane",
         html=ats_card("Armement Côte d'Albâtre", paras_of(_alb_ack), lang="fr", accent="#0d4f8b",
                       footer=["Propulsé par SmartRecruiters · Ceci est un message automatique."]),
         cte="base64"),
    dict(kind="application_received", slug="portalys_icims_transmitted", lang="fr",
         company="Portalys Dédouanement", contact="", key="portalys_ack",
         frm=("Portalys Dédouanement", "portalys@icims.com"),
         date="2026-02-02 03:18", tz="-0500",
         subject="Confirmation de candidature - Portalys",
         text=_portalys_ack, cte="base64"),
    dict(kind="application_received", slug="sillage_agency_file_complete", lang="fr",
         company="Sillage Intérim", contact="aurelie.tessier@sillage-interim.example.fr",
         key="sillage_ack",
         frm=("Aurélie Tessier", "aurelie.tessier@sillage-interim.example.fr"),
         date="2026-06-15 17:02",
         subject="Votre dossier d’inscription est complet", subj_enc=("windows-1252", "Q"),
         text=_sillage_ack, charset="windows-1252", cte="quoted-printable"),
    dict(kind="application_received", slug="chc_taleo_only_shortlisted_contacted", lang="fr",
         company="Compagnie Havraise de Consignation", contact="", key="chc_ack",
         frm=("Compagnie Havraise de Consignation", "chc-recrutement@taleo.net"),
         date="2026-07-15 05:47", tz="+0000",
         subject="Accusé de réception de votre candidature",
         text=_chc_ack, html=simple_html(paras_of(_chc_ack)), charset="iso-8859-1",
         cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="application_received", slug="comptoir_human_ack_quotes_application", lang="fr",
         company="Comptoir Normand des Vins", contact="arnaud.lefort@comptoir-normand-vins.example.fr",
         key="cnv_ack", parent="<20260518.0805.lak@example.fr>",
         frm=("Arnaud Lefort", "arnaud.lefort@comptoir-normand-vins.example.fr"),
         date="2026-05-18 15:32",
         subject="RE: Candidature assistant import-douane",
         text=_cnv_ack_quoted + "\n" + replied("fr", "2026-05-18 08:05", ME[0], ME[1], _cnv_app_quoted),
         cte="8bit"),
    # ================================================ application_received en (5)
    dict(kind="application_received", slug="scheldt_greenhouse_ack", lang="en",
         company="Scheldt Forwarding Partners", contact="", key="scheldt_ack",
         frm=("Scheldt Forwarding Partners", "no-reply@greenhouse-mail.io"),
         date="2026-06-02 07:31", tz="+0000",
         subject="Thank you for applying to Scheldt Forwarding Partners",
         text=_scheldt_ack,
         html=ats_card("Scheldt Forwarding Partners", paras_of(_scheldt_ack), accent="#24a47f")),
    dict(kind="application_received", slug="meridian_workday_cannot_respond_each", lang="en",
         company="Meridian Reefer Lines", contact="", key="meridian_ack",
         frm=("Meridian Reefer Lines", "meridianreefer@myworkday.com"),
         date="2026-04-06 11:12", tz="+0000",
         subject="Thank you for applying: Customs Documentation Clerk (JR-22081)",
         html=ats_card("Meridian Reefer Lines", paras_of(_meridian_ack), accent="#004c6d",
                       button=("Candidate Home", "https://meridian.wd5.myworkday.example.com/home"),
                       footer=["This is an automated message from Workday. Please do not reply."]),
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="application_received", slug="lowlands_ashby_confirmation", lang="en",
         company="Lowlands Port Services", contact="", key="lowlands_ack",
         frm=("Lowlands Port Services", "no-reply@ashbyhq.com"),
         date="2026-05-04 09:55",
         subject="We've received your application - Junior Customs Agent",
         text=_lowlands_ack, cte="7bit"),
    dict(kind="application_received", slug="talentbridge_registered", lang="en",
         company="Talentbridge Logistics Search", contact="oliver.grant@talentbridge-search.example.co.uk",
         key="tb_ack", parent="tb_cold",
         frm=("Oliver Grant", "oliver.grant@talentbridge-search.example.co.uk"),
         date="2026-02-27 17:05", tz="+0000",
         subject="You're registered with Talentbridge",
         text=_tb_ack),
    dict(kind="application_received", slug="harbourline_lever_received", lang="en",
         company="Harbourline Freight Tech", contact="", key="harbour_ack",
         frm=("Harbourline Freight Tech", "no-reply@hire.lever.co"),
         date="2026-08-05 02:14", tz="-0700",
         subject="Thanks for applying to Harbourline Freight Tech",
         text=_harbour_ack,
         html=ats_card("Harbourline Freight Tech", paras_of(_harbour_ack), accent="#2b2d42",
                       footer=["Sent via Lever."])),
    # ================================================ application_received de (3)
    dict(kind="application_received", slug="elbkai_personio_eingang", lang="de",
         company="Elbkai Spedition", contact="", key="elb_ack",
         frm=("Elbkai Spedition", "no-reply@personio.de"),
         date="2026-08-03 13:27",
         subject="Eingangsbestätigung Ihrer Bewerbung",
         subj_enc=("utf-8", "B"),
         text=_elb_ack,
         html=ats_card("Elbkai Spedition", paras_of(_elb_ack), lang="de", accent="#00507a",
                       footer=["Diese Nachricht wurde über Personio versendet. Antworten auf "
                               "diese Adresse werden nicht gelesen."]),
         cte="quoted-printable"),
    dict(kind="application_received", slug="norderelbe_softgarden_eingang", lang="de",
         company="Norderelbe Container Terminal", contact="", key="nct_ack",
         frm=("Norderelbe Container Terminal", "noreply@softgarden.io"),
         date="2026-06-22 16:58",
         subject="Ihre Bewerbung ist eingegangen",
         text=_nct_ack, charset="iso-8859-1", cte="quoted-printable",
         headers=[("Auto-Submitted", "auto-generated")]),
    dict(kind="application_received", slug="alster_registration_done", lang="de",
         company="Alster Personalservice", contact="jan-ole.petersen@alster-personal.example.de",
         key="als_ack",
         frm=("Jan-Ole Petersen", "jan-ole.petersen@alster-personal.example.de"),
         date="2026-04-14 15:50",
         subject="Ihre Registrierung bei Alster Personalservice",
         text=_als_ack, cte="8bit"),
    # ================================================ application_received es (3)
    dict(kind="application_received", slug="aduanas_estrecho_acuse_quotes_app", lang="es",
         company="Aduanas del Estrecho", contact="carmen.vidal@aduanasdelestrecho.example.es",
         key="ade_ack", parent="ade_app",
         frm=("Carmen Vidal", "carmen.vidal@aduanasdelestrecho.example.es"),
         date="2026-09-10 10:44",
         subject="RE: Candidatura Agente de Aduanas Junior",
         text=_ade_ack, cte="quoted-printable"),
    dict(kind="application_received", slug="carnero_successfactors_recibida", lang="es",
         company="Terminal Marítima Punta Carnero", contact="", key="carnero_ack",
         frm=("Terminal Marítima Punta Carnero", "noreply@successfactors.eu"),
         name_enc=("utf-8", "Q"),
         date="2026-08-18 06:03", tz="+0000",
         subject="Solicitud recibida: Técnico de Aduanas (ref. 50117)",
         html=ats_card("Terminal Marítima Punta Carnero", paras_of(_tpc_ack), lang="es",
                       accent="#0a6e8a",
                       footer=["Este es un mensaje automático. No responda a este correo."]),
         charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="application_received", slug="ett_inscripcion_automatica", lang="es",
         company="Estrecho Talento", contact="",
         frm=("Estrecho Talento", "no-responder@estrechotalento.example.es"),
         date="2026-02-16 12:00",
         subject="Tu inscripción en Estrecho Talento",
         text=_ett_ack, html=simple_html(paras_of(_ett_ack), lang="es"), cte="base64"),
    # ================================================ offer fr (5)
    dict(kind="offer", slug="oceane_formal_offer_pdf", lang="fr",
         company="Transitaires Océane", contact="claire.duvivier@oceane-transit.example.fr",
         key="oce_offer", parent="oce_thanks",
         frm=("Claire Duvivier", "claire.duvivier@oceane-transit.example.fr"),
         date="2026-03-10 16:30",
         subject="Proposition d'embauche - Déclarant en douane junior",
         text=_oce_offer, html=simple_html(paras_of(_oce_offer)), cte="quoted-printable",
         pdf=[("Proposition_embauche_Abara-Koenig.pdf", [
             "Transitaires Océane - 9 quai de la Marne - 76600 Le Havre",
             "", "Le Havre, le 10 mars 2026", "",
             "Objet : Proposition d'embauche",
             "", "Monsieur Lionel Abara-Koenig,",
             "Nous avons le plaisir de vous proposer un contrat à durée indéterminée",
             "en qualité de déclarant en douane junior, à compter du 6 avril 2026.",
             "Rémunération annuelle brute : 27 600 EUR. Période d'essai : 3 mois.",
             "", "Bon pour accord (date et signature) :"])]),
    dict(kind="offer", slug="flandres_verbal_offer_followup", lang="fr",
         company="Flandres Transit", contact="s.coolen@flandres-transit.example.fr",
         key="fla_offer", parent="fla_move",
         frm=("Stéphane Coolen", "s.coolen@flandres-transit.example.fr"), name_enc=("utf-8", "Q"),
         cc=[("Hélène Vanhove", "helene.vanhove@flandres-transit.example.fr")],
         date="2026-05-27 12:15",
         subject="Confirmation de notre proposition",
         text=_fla_offer + "\n" + outlook_block("fr", ("Hélène Vanhove",
                                                       "helene.vanhove@flandres-transit.example.fr"),
                                                "2026-05-13 09:58", ME,
                                                "Mis à jour : Entretien Déclarant en douane - L. Abara-Koenig",
                                                _fla_move),
         html=outlook_html(paras_of(_fla_offer)[:-1],
                           signature=["Stéphane Coolen", "Directeur d'agence - Flandres Transit",
                                      "03 28 66 14 20"],
                           quoted=outlook_block("fr", ("Hélène Vanhove",
                                                       "helene.vanhove@flandres-transit.example.fr"),
                                                "2026-05-13 09:58", ME,
                                                "Mis à jour : Entretien Déclarant en douane - "
                                                "L. Abara-Koenig", _fla_move)),
         cte="quoted-printable"),
    dict(kind="offer", slug="ip76_client_wants_to_offer", lang="fr",
         company="Terminal Vrac de la Seine", contact="y.leroux@interim-portuaire76.example.fr",
         key="ip76_offer", parent="ip76_inv",
         frm=("Yannick Leroux", "y.leroux@interim-portuaire76.example.fr"),
         date="2026-05-05 08:47",
         subject="Terminal Vrac de la Seine : ils veulent vous faire une offre",
         text=_ip76_offer, charset="windows-1252", cte="8bit"),
    dict(kind="offer", slug="comptoir_contract_for_signature", lang="fr",
         company="Comptoir Normand des Vins", contact="arnaud.lefort@comptoir-normand-vins.example.fr",
         key="cnv_offer", parent="cnv_move",
         frm=("Arnaud Lefort", "arnaud.lefort@comptoir-normand-vins.example.fr"),
         date="2026-06-10 14:20",
         subject="Votre contrat de travail à signer", subj_enc=("iso-8859-1", "Q"),
         text=_cnv_contract,
         html=outlook_html(paras_of(_cnv_contract)[:-1],
                           signature=["Arnaud Lefort", "Assistant de direction",
                                      "Comptoir Normand des Vins",
                                      "18 rue Marie Curie - 76140 Le Petit-Quevilly"]),
         cte="base64",
         pdf=[("Contrat_CDI_Abara-Koenig.pdf", [
             "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
             "Entre Comptoir Normand des Vins, 18 rue Marie Curie, 76140 Le Petit-Quevilly,",
             "et M. Lionel Abara-Koenig.",
             "Article 1 - Fonctions : assistant import-douane, statut employé.",
             "Article 2 - Date d'effet : 6 juillet 2026.",
             "Article 3 - Rémunération : 2 180 EUR bruts mensuels.",
             "", "Fait au Petit-Quevilly, en deux exemplaires."])]),
    dict(kind="offer", slug="smds_offer_letter_base64", lang="fr",
         company="Seine Maritime Douane Services", contact="v.hamelin@smds-rouen.example.fr",
         frm=("Valérie Hamelin", "v.hamelin@smds-rouen.example.fr"), name_enc=("iso-8859-1", "B"),
         date="2026-10-16 11:02",
         subject="Offre d'emploi – Déclarant en douane – Rouen", subj_enc=("utf-8", "B"),
         text=_smds_offer, cte="base64",
         pdf=[("Lettre_offre_SMDS_Abara-Koenig.pdf", [
             "Seine Maritime Douane Services - 12 rue de la Vicomté - 76000 Rouen",
             "Rouen, le 16 octobre 2026",
             "Lettre d'offre d'emploi - M. Lionel Abara-Koenig",
             "Poste : Déclarant en douane (CDI)",
             "Date d'entrée : 2 novembre 2026",
             "Salaire : 28 900 EUR bruts annuels, mutuelle, tickets restaurant",
             "Offre valable jusqu'au 23 octobre 2026."])]),
    # ================================================ offer en (2)
    dict(kind="offer", slug="kaai_offer_letter_pdf", lang="en",
         company="Kaai Customs Brokers", contact="annelies.desmet@kaaicustoms.example.be",
         key="kaai_offer", parent="kaai_retry",
         frm=("Annelies De Smet", "annelies.desmet@kaaicustoms.example.be"),
         date="2026-07-22 14:05",
         subject="Offer of employment - Junior Customs Broker",
         text=_kaai_offer, html=simple_html(paras_of(_kaai_offer), lang="en"),
         pdf=[("Offer_Letter_Lionel_Abara-Koenig.pdf", [
             "Kaai Customs Brokers - Italielei 211 - 2000 Antwerpen",
             "Antwerp, 22 July 2026",
             "Offer of employment: Junior Customs Broker",
             "Contract: permanent, full time. Start date: 1 September 2026.",
             "Gross monthly salary: EUR 2,900. Meal vouchers, hospitalisation insurance.",
             "Please sign and return by 31 July 2026."])]),
    dict(kind="offer", slug="brabant_verbal_offer_summary", lang="en",
         company="Brabant Import Group", contact="dirk.hermans@brabant-import.example.be",
         key="bra_offer",
         frm=("Dirk Hermans", "dirk.hermans@brabant-import.example.be"),
         cc=[("Liesbeth Maes", "liesbeth.maes@brabant-import.example.be")],
         date="2026-10-01 17:48",
         subject="Our offer - summary of today's call",
         text=_bra_offer),
    # ================================================ offer de (2)
    dict(kind="offer", slug="elbkai_vertragsangebot_pdf", lang="de",
         company="Elbkai Spedition", contact="jana.hoffmann@elbkai-spedition.example.de",
         key="elb_offer", parent="elb_thanks",
         frm=("Jana Hoffmann", "jana.hoffmann@elbkai-spedition.example.de"),
         date="2026-08-27 10:30",
         subject="Ihr Vertragsangebot: Zollsachbearbeiter (m/w/d)", subj_enc=("iso-8859-1", "Q"),
         text=_elb_offer, cte="quoted-printable",
         pdf=[("Vertragsangebot_Abara-Koenig.pdf", [
             "Elbkai Spedition - Hamburg",
             "Vertragsangebot für Herrn Lionel Abara-Koenig",
             "Position: Zollsachbearbeiter (m/w/d), unbefristet, 40 Std./Woche",
             "Bruttojahresgehalt: 41.500 EUR",
             "Eintritt: 1. Oktober 2026",
             "Bitte Rückmeldung bis zum 4. September 2026."])]),
    dict(kind="offer", slug="zollkontor_contract_to_sign", lang="de",
         company="Zollkontor Harburg", contact="u.stahmer@zollkontor-harburg.example.de",
         frm=("Uwe Stahmer", "u.stahmer@zollkontor-harburg.example.de"),
         date="2026-10-14 09:12",
         subject="Ihr Arbeitsvertrag zur Unterschrift",
         text=_zkh_contract, charset="iso-8859-1", cte="8bit",
         pdf=[("Arbeitsvertrag_Zolldeklarant.pdf", [
             "ARBEITSVERTRAG",
             "zwischen Zollkontor Harburg, Harburger Schloßstraße 6, 21079 Hamburg",
             "und Herrn Lionel Abara-Koenig",
             "§ 1 Tätigkeit: Zolldeklarant",
             "§ 2 Beginn: 2. November 2026",
             "Unterschrift Arbeitnehmer: ____________________"])]),
    # ================================================ offer es (1)
    dict(kind="offer", slug="aduanas_estrecho_carta_oferta", lang="es",
         company="Aduanas del Estrecho", contact="carmen.vidal@aduanasdelestrecho.example.es",
         key="ade_offer", parent="ade_move",
         frm=("Carmen Vidal", "carmen.vidal@aduanasdelestrecho.example.es"),
         date="2026-10-06 13:03",
         subject="Oferta de empleo - Agente de Aduanas Junior",
         text=_ade_offer,
         html=outlook_html(paras_of(_ade_offer)[:-1], lang="es",
                           signature=["Carmen Vidal", "Responsable de Personas",
                                      "Aduanas del Estrecho"]),
         cte="quoted-printable",
         pdf=[("Carta_oferta_Abara-Koenig.pdf", [
             "Aduanas del Estrecho - Avenida de la Hispanidad 14 - 11207 Algeciras",
             "Algeciras, 6 de octubre de 2026",
             "Carta de oferta: Agente de Aduanas Junior",
             "Contrato indefinido, jornada completa.",
             "Salario bruto anual: 24.800 EUR en 14 pagas.",
             "Incorporación: 2 de noviembre de 2026."])]),
]
