"""Corpus 340: interviews moved or cancelled by the employer side, and missed interviews."""

from __future__ import annotations

from msgs340_common import alt

RESCHEDULES: list[dict] = [
    # ------------------------------------------------------------------ French
    {
        "id": "F4", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "lysanne_entretien_decale_vendredi",
        "parent": "F3", "quote": "gmail",
        "date": "2026-01-30 14:03",
        "frm": ("Camille Verhaeghe", "camille.verhaeghe@lysanne.example.fr"),
        "subject": "Re: Meubles Lysanne - premier entretien en visio",
        "text": (
            "Bonjour Yannick,\n\n"
            "Aucun souci, c'est noté. Nous décalons donc notre visio au vendredi 6 février à "
            "10h00, toujours avec Olivier Ducatteau. Le lien Teams reste le même.\n\n"
            "Bonne formation d'ici là !\n"
            "Camille"
        ),
        "company": "Meubles Lysanne", "contact": "camille.verhaeghe@lysanne.example.fr",
    },
    {
        "id": "C4", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "acieries_meuse_annulation_entretien_12_fevrier",
        "date": "2026-02-10 17:52",
        "frm": ("Sandrine Lemaire-Dubois", "sandrine.lemaire@acieries-meuse.example.be"),
        "subject": "Annulé : Entretien Acheteur technique - Y. Mbemba-Lefort @ jeu. 12 févr. "
                   "2026 10:00 - 11:30",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Je suis au regret de devoir annuler notre rendez-vous de ce jeudi 12 février : "
            "M. Collignon doit se rendre en urgence chez un fournisseur à Dunkerque à la suite "
            "d'un incident de livraison.\n\n"
            "Votre candidature reste bien entendu d'actualité. Je reviens vers vous d'ici la "
            "fin de la semaine avec une nouvelle date.\n\n"
            "Avec toutes mes excuses pour ce contretemps,\n"
            "Sandrine Lemaire-Dubois"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "ics": {"method": "CANCEL", "uid": "040000008200E00074C5B7101A82E00800000000A1C3",
                "seq": 1, "start": "2026-02-12 10:00", "end": "2026-02-12 11:30",
                "summary": "Annulé : Entretien Acheteur technique - Y. Mbemba-Lefort",
                "location": "Aciéries de la Meuse, Quai Greiner 2, 4100 Seraing",
                "organizer": ("Sandrine Lemaire-Dubois",
                              "sandrine.lemaire@acieries-meuse.example.be")},
        "company": "Aciéries de la Meuse", "contact": "sandrine.lemaire@acieries-meuse.example.be",
    },
    {
        "id": "C5", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "acieries_meuse_nouvelle_date_19_fevrier",
        "date": "2026-02-13 09:14",
        "frm": ("Sandrine Lemaire-Dubois", "sandrine.lemaire@acieries-meuse.example.be"),
        "subject": "Mis à jour : Entretien Acheteur technique - Y. Mbemba-Lefort @ jeu. 19 "
                   "févr. 2026 10:00 - 11:30",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Comme promis, voici la nouvelle date de votre entretien : jeudi 19 février, de "
            "10h00 à 11h30, au même endroit et avec les mêmes interlocuteurs. L'invitation "
            "de votre agenda a été mise à jour.\n\n"
            "Merci de votre compréhension et à jeudi prochain.\n\n"
            "Sandrine Lemaire-Dubois\n"
            "Responsable recrutement - Aciéries de la Meuse"
        ),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A1C3",
                "seq": 2, "start": "2026-02-19 10:00", "end": "2026-02-19 11:30",
                "summary": "Entretien Acheteur technique - Y. Mbemba-Lefort",
                "location": "Aciéries de la Meuse, Quai Greiner 2, 4100 Seraing",
                "organizer": ("Sandrine Lemaire-Dubois",
                              "sandrine.lemaire@acieries-meuse.example.be"),
                "file": "invite.ics"},
        "company": "Aciéries de la Meuse", "contact": "sandrine.lemaire@acieries-meuse.example.be",
    },
    {
        "id": "I5", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "tempora_journee_essai_deplacee",
        "parent": "I4", "quote": "gmail",
        "date": "2026-02-27 15:31",
        "frm": ("Kevin Lambotte", "kevin.lambotte@tempora.example.be"),
        "subject": "Re: Journée d'essai chez Cartonnages Hutois - mardi 3 mars",
        "text": (
            "Re-bonjour Yannick,\n\n"
            "Petit changement : Mme Bertrand a un audit client mardi et me demande de "
            "déplacer ta journée d'essai au jeudi 5 mars, même heure (8h00), même adresse. "
            "Ils restent très intéressés par ton profil.\n\n"
            "Tu me dis si ça te va ?\n\n"
            "Kevin"
        ),
        "company": "Cartonnages Hutois", "contact": "kevin.lambotte@tempora.example.be",
    },
    {
        "id": "D3", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "chu_valdemeuse_epreuves_reportees",
        "parent": "D2", "quote": "outlook",
        "date": "2026-03-06 12:20",
        "frm": ("Nathalie Herbiet", "nathalie.herbiet@chu-valdemeuse.example.be"),
        "subject": "TR: Convocation - épreuve écrite et entretien - réf. 2026/ACH/07 - REPORT",
        "text": (
            "Monsieur,\n\n"
            "En raison du préavis de grève déposé dans les services publics pour le mardi 10 "
            "mars, les épreuves de sélection prévues ce jour-là sont reportées au mardi 17 "
            "mars 2026, aux mêmes heures (9h00 épreuve écrite, 11h15 entretien) et au même "
            "endroit.\n\n"
            "La convocation ci-dessous reste valable pour la nouvelle date. Merci de nous "
            "confirmer votre présence.\n\n"
            "Avec nos excuses pour ce changement,\n\n"
            "Nathalie Herbiet\n"
            "Service du personnel - cellule recrutement\n"
            "CHU Val-de-Meuse"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "CHU Val-de-Meuse", "contact": "nathalie.herbiet@chu-valdemeuse.example.be",
    },
    {
        "id": "A4", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "valdis_entretien_deplace_28_avril",
        "parent": "A3", "quote": "gmail",
        "date": "2026-04-20 08:47",
        "frm": ("Aurélie Gossiaux", "aurelie.gossiaux@valdis.example.be"),
        "subject": "Re: Valdis Alimentation - invitation à un entretien (Acheteur produits "
                   "frais)",
        "text": (
            "Bonjour Yannick,\n\n"
            "Je dois malheureusement déplacer notre rendez-vous de ce jeudi : Marc-Antoine "
            "part en audit chez un fournisseur de fruits en Espagne toute la semaine.\n\n"
            "Pourriez-vous venir le mardi 28 avril à 14h30 à la place ? Même adresse, même "
            "déroulé. Si ce créneau ne vous convient pas, proposez-moi deux ou trois "
            "moments la semaine du 27.\n\n"
            "Merci pour votre souplesse,\n"
            "Aurélie"
        ),
        "cte": "quoted-printable",
        "company": "Valdis Alimentation", "contact": "aurelie.gossiaux@valdis.example.be",
    },
    {
        "id": "OC3", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "orelie_conseil_fonderie_condruse_report",
        "parent": "OC2", "quote": "outlook",
        "date": "2026-06-05 16:58",
        "frm": ("Laetitia Wauters", "laetitia.wauters@orelie-conseil.example.be"),
        "subject": "RE: Fonderie Condruse - entretien le mardi 9 juin",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "M. Lhoest vient de me prévenir qu'il doit s'absenter mardi prochain pour une "
            "réception de four chez un fournisseur allemand. L'entretien est donc reporté "
            "au mardi 16 juin, toujours à 13h30 à Ciney.\n\n"
            "Je suis désolée pour ce changement de dernière minute. Dites-moi si la "
            "nouvelle date vous convient.\n\n"
            "Bien à vous,\n"
            "Laetitia Wauters\n"
            "Orélie Conseil"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Fonderie Condruse", "contact": "laetitia.wauters@orelie-conseil.example.be",
    },
    # ------------------------------------------------------------------ German
    {
        "id": "J3", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "eifelstahl_telefoninterview_verschoben",
        "parent": "J2", "quote": "outlook",
        "date": "2026-02-23 11:09",
        "frm": ("Sabine Hürtgen", "s.huertgen@eifelstahl.example.de"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "AW: Einladung zum Telefoninterview – Strategischer Einkäufer (m/w/d)",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "leider müssen wir unser Telefoninterview morgen verschieben, da Herr Pütz "
            "kurzfristig zu einem Lieferanten nach Duisburg reisen muss.\n\n"
            "Wäre Ihnen Donnerstag, 26. Februar, um 9:30 Uhr recht? Ansonsten schlagen Sie "
            "mir gerne zwei Alternativen vor.\n\n"
            "Vielen Dank für Ihr Verständnis und freundliche Grüße\n"
            "Sabine Hürtgen"
        ),
        "charset": "windows-1252", "cte": "quoted-printable",
        "company": "Eifelstahl", "contact": "s.huertgen@eifelstahl.example.de",
    },
    {
        "id": "K1b", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "rurtal_personal_termin_verlegt",
        "parent": "K1", "quote": "gmail",
        "date": "2026-05-08 09:02",
        "frm": ("Dennis Kohnen", "dennis.kohnen@rurtal-personal.example.de"),
        "subject": "Terminverlegung: Öcher Möbelwerke jetzt Dienstag 12.05., 14 Uhr",
        "subj_enc": ("b", "iso-8859-1"),
        "text": (
            "Hallo Herr Mbemba-Lefort,\n\n"
            "kurze Info: Frau Dahmen hat sich gemeldet, Herr Lenzen ist am Montag auf einer "
            "Messe in Köln. Das Gespräch wird deshalb auf Dienstag, 12. Mai, 14:00 Uhr "
            "verlegt. Ort und Ablauf bleiben gleich.\n\n"
            "Passt Ihnen das? Eine kurze Rückmeldung reicht.\n\n"
            "Gruß\n"
            "Dennis Kohnen"
        ),
        "company": "Öcher Möbelwerke", "contact": "dennis.kohnen@rurtal-personal.example.de",
    },
    {
        "id": "B6", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "rhenapharm_zweitgespraech_verschoben",
        "date": "2026-07-03 11:40",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Aktualisiert: Zweitgespräch Rhenapharm – neuer Termin 14.07.2026",
        "text": (
            "Guten Tag Herr Mbemba-Lefort,\n\n"
            "wegen einer kurzfristig angesetzten GMP-Inspektion im Werk müssen wir Ihr "
            "Zweitgespräch am 9. Juli leider verschieben. Neuer Termin ist Dienstag, 14. Juli "
            "2026, ebenfalls 13:00–16:00 Uhr. Programm und Ort bleiben unverändert.\n\n"
            "Die Kalendereinladung ist entsprechend aktualisiert. Bitte entschuldigen Sie "
            "die Umstände.\n\n"
            "Freundliche Grüße\n"
            "Jana Kessler"
        ),
        "ics": {"method": "REQUEST", "uid": "rp-zweitgespraech-9c1e@rhenapharm.example.de",
                "seq": 1, "tzid": "Europe/Berlin", "start": "2026-07-14 13:00",
                "end": "2026-07-14 16:00",
                "summary": "Zweitgespräch Einkäufer Rohstoffe & Packmittel – Mbemba-Lefort",
                "location": "Rhenapharm Werk Eilendorf, Von-Coels-Straße 210, Aachen, "
                            "Empfang Geb. 3",
                "organizer": ("Jana Kessler", "jana.kessler@rhenapharm.example.de")},
        "company": "Rhenapharm", "contact": "jana.kessler@rhenapharm.example.de",
    },
    # ------------------------------------------------------------------ English
    {
        "id": "H6", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "slug": "moselle_steel_lever_rescheduled",
        "date": "2026-04-06 15:33", "tz": "utc",
        "frm": ("Moselle Steel Solutions", "no-reply@hire.lever.co"),
        "reply_to": ("Jérôme Kieffer", "jerome.kieffer@mosellesteel.example.lu"),
        "reply_enc": ("q", "iso-8859-1"),
        "subject": "Interview rescheduled: Moselle Steel Solutions – now Tuesday, April 14",
        **alt([
            "Hi Yannick,",
            "Your interview with Moselle Steel Solutions has been rescheduled because Anke "
            "Schmit has to attend a board meeting on Thursday.",
            "New time: Tuesday, April 14, 2026, 10:00 – 11:30 (CEST)\n"
            "Where: Rue de la Chiers 7, Differdange, Luxembourg",
            "Your updated calendar invitation is attached. Reply to this email if the new "
            "time doesn't work for you.",
            "Moselle Steel Solutions Recruiting",
        ], lang="en", footer="Sent via Lever"),
        "ics": {"method": "REQUEST", "uid": "lever-iv-2b71c0d9@hire.lever.co", "seq": 1,
                "tzid": "Europe/Luxembourg", "start": "2026-04-14 10:00",
                "end": "2026-04-14 11:30",
                "summary": "Interview: Yannick Mbemba-Lefort / Moselle Steel Solutions",
                "location": "Rue de la Chiers 7, Differdange",
                "organizer": ("Jérôme Kieffer", "jerome.kieffer@mosellesteel.example.lu"),
                "prodid": "-//Lever//Interview Scheduling//EN"},
        "company": "Moselle Steel Solutions", "contact": "jerome.kieffer@mosellesteel.example.lu",
    },
    {
        "id": "Q3", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "slug": "helix_pharma_interview_moved",
        "date": "2026-06-08 08:55",
        "frm": ("Sophie from Helix Pharma", "no-reply@ashbyhq.com"),
        "reply_to": ("Sophie van der Linden", "sophie.vanderlinden@helixpharma.example.nl"),
        "subject": "Change to your interview on Wednesday, June 10",
        "text": (
            "Hi Yannick,\n\n"
            "I'm sorry to do this at short notice: Ruben is unwell and won't be able to join "
            "our interview on Wednesday, June 10 at 15:00.\n\n"
            "We've moved it to Monday, June 15 at 11:00 (CEST), same video link. If that "
            "doesn't suit you, reply here and I'll find another slot.\n\n"
            "Thanks for your understanding,\n"
            "Sophie van der Linden\n"
            "Talent Acquisition, Helix Pharma Maastricht"
        ),
        "company": "Helix Pharma Maastricht",
        "contact": "sophie.vanderlinden@helixpharma.example.nl",
    },
    {
        "id": "S2b", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "slug": "hallbrook_interview_pushed_tuesday",
        "parent": "S2", "quote": "outlook",
        "date": "2026-07-31 10:05",
        "frm": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
        "subject": "RE: Interview invitation - Junior Category Buyer",
        "text": (
            "Hi Yannick,\n\n"
            "Lotte's flight back from Rotterdam got moved, so could we push our call by one "
            "day, to Tuesday 4 August at 14:00? Same Meet link. I've updated the invite.\n\n"
            "Sorry for the shuffle,\n"
            "Tom"
        ),
        "ics": {"method": "REQUEST", "uid": "hbs-jcb-0803-1400@hallbrook.example.be",
                "seq": 1, "start": "2026-08-04 14:00", "end": "2026-08-04 14:45",
                "summary": "Hallbrook Supply – Junior Category Buyer interview",
                "location": "Google Meet",
                "organizer": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
                "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        "company": "Hallbrook Supply", "contact": "tom.gallagher@hallbrook.example.be",
    },
    # ------------------------------------------------------------------ Spanish
    {
        "id": "G3", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "cierzo_hogar_aplazamos_videoentrevista",
        "parent": "G2", "quote": "gmail",
        "date": "2026-05-15 13:41",
        "frm": ("Marta Lahoz", "marta.lahoz@cierzohogar.example.es"),
        "subject": "Re: Invitación a videoentrevista - Técnico/a de compras",
        "text": (
            "Hola de nuevo, Yannick:\n\n"
            "Lamentablemente tenemos que aplazar la videoentrevista del lunes 18. Daniel "
            "Royo estará fuera por un problema con un proveedor de herrajes en Italia y no "
            "sabemos aún cuándo volverá.\n\n"
            "En cuanto tenga su agenda te propongo una nueva fecha. Disculpa las molestias.\n\n"
            "Un saludo,\n"
            "Marta"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Cierzo Hogar", "contact": "marta.lahoz@cierzohogar.example.es",
    },
    {
        "id": "U2", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "aceros_moncayo_cambio_fecha_entrevista",
        "date": "2026-09-04 10:33",
        "frm": ("Pilar Gimeno", "pilar.gimeno@acerosmoncayo.example.es"),
        "subject": "Cambio de fecha: Entrevista Comprador técnico - jueves 10/09",
        "text": (
            "Buenos días, Sr. Mbemba-Lefort:\n\n"
            "Le escribo para cambiar la fecha de su entrevista. D. Fernando Aznar tiene "
            "que asistir el martes 8 a una reunión con un proveedor en Bilbao, por lo que "
            "le proponemos el jueves 10 de septiembre a las 10:00, en el mismo lugar.\n\n"
            "Le envío la convocatoria actualizada. Disculpe las molestias.\n\n"
            "Un cordial saludo,\n"
            "Pilar Gimeno\n"
            "RR. HH. - Aceros Moncayo"
        ),
        "cte": "quoted-printable",
        "ics": {"method": "REQUEST", "uid": "am-entrevista-0726-01@acerosmoncayo.example.es",
                "seq": 1, "tzid": "Europe/Madrid", "start": "2026-09-10 10:00",
                "end": "2026-09-10 11:00",
                "summary": "Entrevista Comprador técnico - Y. Mbemba-Lefort",
                "location": "Aceros Moncayo, Pol. Ind. Tarazona, parcela 21",
                "organizer": ("Pilar Gimeno", "pilar.gimeno@acerosmoncayo.example.es")},
        "company": "Aceros Moncayo", "contact": "pilar.gimeno@acerosmoncayo.example.es",
    },
]

MISSED: list[dict] = [
    {
        "id": "I2", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "tempora_pas_venu_agence",
        "date": "2026-01-16 10:05",
        "frm": ("Kevin Lambotte", "kevin.lambotte@tempora.example.be"),
        "subject": "Rendez-vous de ce matin",
        "text": (
            "Bonjour Yannick,\n\n"
            "Je vous attendais ce matin à 9h00 à l'agence pour la mission d'approvisionneur "
            "à Herstal, mais vous ne vous êtes pas présenté. J'ai essayé de vous appeler à "
            "9h20 et à 9h45, je suis tombé sur votre messagerie.\n\n"
            "J'espère que tout va bien. Le client attend une réponse de ma part lundi : "
            "rappelez-moi dès que possible pour qu'on trouve un autre moment.\n\n"
            "Kevin Lambotte\n"
            "Tempora Intérim - 04 221 60 44"
        ),
        "company": "Tempora Intérim", "contact": "kevin.lambotte@tempora.example.be",
    },
    {
        "id": "FL3", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "flandres_talents_appel_sans_reponse",
        "date": "2026-03-12 10:41",
        "frm": ("Hugo Desmet", "hugo.desmet@flandres-talents.example.fr"),
        "subject": "Entretien téléphonique de 10h - pas pu vous joindre",
        "text": (
            "Bonjour Yannick,\n\n"
            "Claire a essayé de vous appeler à 10h00 puis à 10h10 pour votre entretien "
            "téléphonique, sans succès. Elle vous a laissé un message vocal.\n\n"
            "Avez-vous eu un empêchement ? Elle peut encore vous rappeler cet après-midi "
            "entre 16h et 17h, ou demain matin. Dites-moi ce qui vous arrange.\n\n"
            "Hugo Desmet\n"
            "Flandres Talents"
        ),
        "cte": "8bit",
        "company": "Flandres Talents", "contact": "hugo.desmet@flandres-talents.example.fr",
    },
    {
        "id": "MA3", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "marolles_distribution_absent_immersion",
        "date": "2026-04-09 08:15",
        "frm": ("Sofiane El Amrani", "sofiane.elamrani@marolles-distribution.example.be"),
        "subject": "Journée d'immersion - on vous attendait ce matin",
        "text": (
            "Bonjour Yannick,\n\n"
            "Nous vous attendions ce matin à 6h30 au quai C pour votre journée d'immersion. "
            "Personne à la réception ne vous a vu et je n'ai pas réussi à vous joindre sur "
            "votre GSM.\n\n"
            "Pouvez-vous me dire ce qu'il s'est passé ? Je n'ai pas reçu de confirmation de "
            "votre part non plus.\n\n"
            "Sofiane El Amrani\n"
            "Responsable approvisionnement - Coopérative Marolles Distribution"
        ),
        "company": "Coopérative Marolles Distribution",
        "contact": "sofiane.elamrani@marolles-distribution.example.be",
    },
    {
        "id": "CL2", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "clervaux_ameublement_appel_manque",
        "date": "2026-09-03 11:32",
        "frm": ("Mireille Thill", "mireille.thill@clervaux-ameublement.example.lu"),
        "subject": "Notre entretien de présélection de 11h",
        "text": (
            "Bonjour Monsieur Mbemba-Lefort,\n\n"
            "Comme convenu lundi, j'ai essayé de vous joindre ce matin à 11h00 pour notre "
            "entretien de présélection, à trois reprises, sans réponse.\n\n"
            "Si vous êtes toujours intéressé par le poste d'acheteur approvisionneur, "
            "merci de me proposer un nouveau créneau cette semaine.\n\n"
            "Cordialement,\n"
            "Mireille Thill\n"
            "Ressources humaines\n"
            "Clervaux Ameublement - Zone industrielle Salzbaach, L-9559 Wiltz\n"
            "Tél. +352 95 84 62-1"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Clervaux Ameublement",
        "contact": "mireille.thill@clervaux-ameublement.example.lu",
    },
    {
        "id": "K2", "kind": "missed_interview_notice", "lang": "de",
        "slug": "rurtal_personal_nicht_erschienen",
        "date": "2026-05-12 15:10",
        "frm": ("Dennis Kohnen", "dennis.kohnen@rurtal-personal.example.de"),
        "subject": "Gespräch bei den Öcher Möbelwerken heute 14 Uhr?",
        "text": (
            "Hallo Herr Mbemba-Lefort,\n\n"
            "Frau Dahmen hat mich gerade angerufen: Sie und Herr Lenzen haben heute um 14:00 "
            "Uhr im Werk Brand auf Sie gewartet, Sie sind aber nicht erschienen. Telefonisch "
            "habe ich Sie leider auch nicht erreicht.\n\n"
            "Bitte melden Sie sich kurz bei mir, damit ich dem Kunden eine Erklärung geben "
            "kann. Vielleicht lässt sich noch ein Ersatztermin finden.\n\n"
            "Gruß\n"
            "Dennis Kohnen\n"
            "Rurtal Personal | 0241 477 19-30"
        ),
        "charset": "iso-8859-1", "cte": "8bit",
        "company": "Öcher Möbelwerke", "contact": "dennis.kohnen@rurtal-personal.example.de",
    },
    {
        "id": "B3", "kind": "missed_interview_notice", "lang": "de",
        "slug": "rhenapharm_teams_gewartet",
        "date": "2026-06-23 10:31",
        "frm": ("Jana Kessler", "jana.kessler@rhenapharm.example.de"),
        "subject": "Unser Video-Interview heute um 10:00 Uhr",
        "text": (
            "Sehr geehrter Herr Mbemba-Lefort,\n\n"
            "Herr Weyers und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet. "
            "Leider konnten wir Sie auch telefonisch nicht erreichen.\n\n"
            "Vielleicht gab es ein technisches Problem? Wir können Ihnen gerne einen neuen "
            "Termin anbieten: Donnerstag, 25. Juni, 10:00 Uhr, gleicher Link. Bitte geben "
            "Sie mir bis morgen Mittag Bescheid.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Kessler\n"
            "HR Business Partner | Rhenapharm"
        ),
        "cte": "quoted-printable",
        "company": "Rhenapharm", "contact": "jana.kessler@rhenapharm.example.de",
    },
    {
        "id": "E3", "kind": "missed_interview_notice", "lang": "en",
        "slug": "ardentis_missed_phone_screen",
        "date": "2026-03-20 10:22",
        "frm": ("Priya Raman", "priya.raman@ardentis.example.lu"),
        "subject": "Missed you this morning",
        "text": (
            "Hi Yannick,\n\n"
            "I tried calling you at 10:00 for our phone screen, as booked through the "
            "scheduling link, and again at 10:10. Both times it went to voicemail, where I "
            "left a message.\n\n"
            "If something came up, no worries - let me know and we can see whether "
            "there's another slot next week.\n\n"
            "Best,\n"
            "Priya\n\n"
            "Priya Raman | Talent Acquisition Partner\n"
            "Ardentis Defence Systems S.A. | 12 rue du Commerce, L-3450 Dudelange\n"
            "This e-mail may contain information subject to export control regulations. "
            "If you are not the intended recipient, please delete it."
        ),
        "company": "Ardentis Defence Systems", "contact": "priya.raman@ardentis.example.lu",
    },
    {
        "id": "S3", "kind": "missed_interview_notice", "lang": "en",
        "slug": "hallbrook_no_show_meet",
        "date": "2026-08-04 14:26",
        "frm": ("Tom Gallagher", "tom.gallagher@hallbrook.example.be"),
        "subject": "We waited for you on Meet",
        "text": (
            "Hi Yannick,\n\n"
            "Lotte and I were on the Google Meet link at 14:00 as planned and waited about "
            "15 minutes, but you didn't join. I also tried your mobile.\n\n"
            "Let me know if you're still interested in the role - we can try to find "
            "another moment, though Lotte's agenda is pretty full this month.\n\n"
            "Tom"
        ),
        "cte": "base64",
        "company": "Hallbrook Supply", "contact": "tom.gallagher@hallbrook.example.be",
    },
    {
        "id": "L2", "kind": "missed_interview_notice", "lang": "es",
        "slug": "ebro_empleo_no_acudio_entrevista",
        "date": "2026-06-26 09:48",
        "frm": ("Lucía Sanjuán", "lucia.sanjuan@ebroempleo.example.es"),
        "subject": "Entrevista de ayer con Harinera del Jalón",
        "text": (
            "Hola, Yannick:\n\n"
            "Ayer te estuvimos esperando a las 10:00 en la oficina el Sr. Marco y yo, pero no "
            "viniste. Te llamé dos veces y te dejé un mensaje de voz.\n\n"
            "¿Ha pasado algo? Si sigues interesado, llámame hoy y veo si el cliente puede "
            "recibirte otro día de la semana que viene.\n\n"
            "Saludos,\n"
            "Lucía Sanjuán\n"
            "Ebro Empleo ETT"
        ),
        "cte": "8bit",
        "company": "Harinera del Jalón", "contact": "lucia.sanjuan@ebroempleo.example.es",
    },
    {
        "id": "X2", "kind": "missed_interview_notice", "lang": "es",
        "slug": "consorcio_hospitalario_incomparecencia",
        "date": "2026-09-24 13:05",
        "frm": ("Rosa Escartín", "rosa.escartin@cha-salud.example.es"),
        "subject": "Incomparecencia a la prueba de hoy - Técnico/a de Compras",
        "text": (
            "Estimado Sr. Mbemba-Lefort:\n\n"
            "Le informamos de que hoy, 24 de septiembre, no se ha presentado a la prueba de "
            "conocimientos ni a la entrevista a las que estaba citado a las 9:00 en el Aula 3 "
            "de Servicios Centrales.\n\n"
            "Si su ausencia se debió a una causa de fuerza mayor, dispone de tres días "
            "hábiles para justificarla documentalmente respondiendo a este correo; en ese "
            "caso el tribunal valorará la posibilidad de citarle de nuevo.\n\n"
            "Atentamente,\n"
            "Rosa Escartín\n"
            "Unidad de Compras Centralizadas - Consorcio Hospitalario de Aragón"
        ),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "company": "Consorcio Hospitalario de Aragón",
        "contact": "rosa.escartin@cha-salud.example.es",
    },
]

MESSAGES: list[dict] = RESCHEDULES + MISSED
