import { db } from "~/utils/db.server";

export function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}
